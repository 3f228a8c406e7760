"""مدارس النخبة الأهلية: a private school's news page. Top bar with phone and «بوابة أولياء
الأمور», menu one line with «|», the date as 14/12/2025 above the title, a short body, a photo
gallery of captions with counters, «العودة إلى الأخبار», «أحدث الأخبار» with dates, admission
pitch, footer with address lines.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "madrasa", "name": "مدارس النخبة الأهلية", "host": "alnukhba-schools.test", "first": "2025-12-11T09:40"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "topbar", "هاتف المدرسة: 0114567890 | بوابة أولياء الأمور | تسجيل الدخول")
    page.gap()
    ch(page, "site-header", "مدارس النخبة الأهلية")
    ch(page, "menu-one-line", "الرئيسية | عن المدرسة | المراحل الدراسية | القبول والتسجيل | أخبار المدرسة | اتصل بنا")
    page.gap()
    ch(page, "category", "أخبار المدرسة")
    ch(page, "date-numeric", f"{d.day:02d}/{d.month:02d}/{d.year}")
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    page.note("gallery")
    caps = art.get("gallery").split(" | ")
    for i, c in enumerate(caps, 1):
        ch(page, "gallery", f"{i} / {len(caps)}")
        page.caption(c)
    page.gap()
    ch(page, "back-link", "العودة إلى الأخبار")
    page.gap()
    items = ctx.others(3)
    bl(page, "latest", ["أحدث الأخبار"] + [f"{t}\t{d.day - 2 - i:02d}/{d.month:02d}/{d.year}" for i, t in enumerate(items)])
    bl(page, "admission-pitch", ["التسجيل مفتوح للعام الدراسي القادم", "سجّل ابنك الآن"])
    bl(page, "footer-address", ["حي الروضة، شارع الأمير سلطان", "ص.ب 4412", "info@alnukhba-schools.test"])
    ch(page, "rights", "© جميع الحقوق محفوظة - مدارس النخبة الأهلية")
    finish(page)
