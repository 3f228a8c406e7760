"""الخليل نت (a Palestinian local news site, Hebron): a prayer-times strip, a menu on one line with
«/», «محليات» and the headline, «الخليل - مراسلنا» with «الأحد 14 كانون الأول 2025 - 10:32», a
photo gallery above the text («صور: …» credit, «1 من 6», three captions under counters), the
text, «للمزيد من الصور اضغط هنا», a «تصحيح» line (an earlier error corrected), views counter
«شوهد 3,812 مرة», «أرسل خبراً أو صورة عبر واتساب», «آخر الأخبار», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month, weekday

SITE = {"id": "khalil", "name": "الخليل نت", "host": "alkhalil-net.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "prayer-times", "الفجر 4:58 / الظهر 11:32 / العصر 2:21 / المغرب 4:41 / العشاء 6:03")
    ch(page, "menu-one-line", "الرئيسية / محليات / عربي ودولي / رياضة / صور وفيديو / مقالات")
    page.gap()
    ch(page, "category", "محليات")
    page.title(art.title)
    ch(page, "byline-place", "الخليل - مراسلنا")
    ch(page, "date-levant", f"{weekday(d)} {d.day} {month(d, 'levant')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    ch(page, "photo-credit", "صور: مراد الجعبري")
    for i, cap in enumerate(art.get("captions").split(" || "), 1):
        ch(page, "gallery-counter", f"{i} من 6")
        page.caption(cap)
    page.note("gallery")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "more-link", "للمزيد من الصور اضغط هنا")
    ch(page, "correction", "تصحيح: ورد في نسخة سابقة من الخبر أن عدد المحلات 40، والصحيح 28 محلاً.")
    ch(page, "counter-views", "شوهد 3,812 مرة")
    ch(page, "whatsapp-promo", "أرسل خبراً أو صورة عبر واتساب: 0599000111")
    bl(page, "latest", ["آخر الأخبار"] + ctx.others(4))
    ch(page, "rights", "جميع الحقوق محفوظة - الخليل نت 2025")
    finish(page)
