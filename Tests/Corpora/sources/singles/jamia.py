"""جامعة الساحل الشرقي (fictional): a university news page. Language switch «EN | FR»,
the faculties menu one per line, breadcrumb «أنت هنا: …», «بتاريخ: ٢٠٢٥/١٢/١٤» in
Arabic-Indic digits, «المشاهدات: 512», a photo gallery with «١ / ٨» counters and its own
captions, subheadings in the body, «آخر الأخبار» with dates under each item, an address
footer with phone and e-mail.
"""
from generate import indic
from _common import bl, body_all, ch, finish

SITE = {"id": "jamia", "name": "جامعة الساحل الشرقي", "host": "news.esu-sahel.edu.test", "first": "2025-12-14T11:00"}


def url(art):
    return f"https://{SITE['host']}/ar/node/{7741}"


def render(art, ctx, page):
    ch(page, "language-switch", "EN | FR")
    page.gap()
    bl(page, "menu-lines", ["الرئيسية", "عن الجامعة", "الكليات", "البحث العلمي", "القبول والتسجيل", "أخبار الجامعة"])
    ch(page, "breadcrumb", "أنت هنا: الرئيسية / أخبار الجامعة")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-indic", indic(f"بتاريخ: {d.year}/{d.month:02d}/{d.day:02d}"))
    ch(page, "counter-views", "المشاهدات: 512")
    page.gap()
    body_all(page, art, ctx)
    page.note("gallery")
    bl(page, "gallery", ["صور الخبر"])
    for i in range(1, 4):
        page.add(indic(f"{i} / 8"), "chrome", "gallery")
        page.caption(art.get(f"photo{i}"))
        page.gap()
    page.note("latest")
    bl(page, "latest", ["آخر الأخبار"])
    for i, t in enumerate(ctx.others(3)):
        page.add(t, "chrome", "latest")
        page.add(indic(f"{d.year}/{d.month:02d}/{d.day - 1 - i:02d}"), "chrome", "latest")
        page.gap()
    bl(page, "footer-address", ["جامعة الساحل الشرقي - الحرم الجامعي الرئيسي، طريق الكورنيش", "هاتف: 0097100000000", "البريد الإلكتروني: info@esu-sahel.edu.test", "© 2025 جميع الحقوق محفوظة"])
    finish(page)
