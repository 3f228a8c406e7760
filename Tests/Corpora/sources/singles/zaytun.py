"""وكالة الزيتون للأنباء (a Palestinian news agency): the agency's name in Arabic and English
(«Zaytoun News Agency»), «العربية | English | Français», a menu one per line, «أخبار محلية» and
the headline, «رام الله 14-12-2025 الزيتون-» glued to the first paragraph, the agency's sign-off
«ر.ح / س.ع» after the text, «رابط مختصر: https://…», «طباعة | إرسال | تكبير الخط | تصغير الخط»,
«آخر الأخبار» with clock times, footer with the agency's address.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "zaytun", "name": "وكالة الزيتون للأنباء", "host": "zaytoun-news.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "وكالة الزيتون للأنباء", "Zaytoun News Agency")
    ch(page, "language-switch", "العربية | English | Français")
    bl(page, "menu-lines", ["الرئيسية", "أخبار محلية", "عربي ودولي", "الأسرى", "اقتصاد", "ثقافة", "صور"])
    ch(page, "category", "أخبار محلية")
    page.title(art.title)
    page.gap()
    page.note("dateline-glued")
    first = True

    def glue(s):
        nonlocal first
        if first:
            first = False
            return f"رام الله {d.day}-{d.month}-{d.year} الزيتون- {s}"
        return s
    body_all(page, art, ctx, text=glue)
    ch(page, "signature", "ر.ح / س.ع")
    page.gap()
    ch(page, "copy-link", f"رابط مختصر: https://zaytoun-news.test/?p={40000 + art.number * 7}")
    ch(page, "print-controls", "طباعة | إرسال | تكبير الخط | تصغير الخط")
    lines = ["آخر الأخبار"]
    for i, t in enumerate(ctx.others(4)):
        lines.append(f"{(d.hour - i) % 24:02d}:{(d.minute + 17 * i) % 60:02d} {t}")
    bl(page, "latest", lines)
    bl(page, "footer-address", ["وكالة الزيتون للأنباء - رام الله - شارع الإرسال", "هاتف: 2987654 2 970+", "جميع الحقوق محفوظة © 2025"])
    finish(page)
