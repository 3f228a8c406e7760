"""جامعة النيلين الأزرق: a university admissions page (Sudan, Arabic-Indic digits): a language
switch, menu lines, a breadcrumb ending with the title, the headline, «تاريخ النشر: ١٤/١٢/٢٠٢٥»,
a body in Arabic-Indic digits: requirements list without lead-in, a fees table as rows, a
dateline paragraph, a contact box, «روابط سريعة», footer.
"""
from _common import bl, body_all, ch, finish
from generate import indic

SITE = {"id": "qubul", "name": "جامعة النيلين الأزرق", "host": "bnu-sd.edu.test", "first": "2025-12-08T10:00"}


def url(art):
    return f"https://{SITE['host']}/ar/admission/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "English | عربي")
    bl(page, "menu-lines", ["عن الجامعة", "الكليات", "القبول والتسجيل", "البحث العلمي", "الأخبار"])
    ch(page, "breadcrumb-title", f"الرئيسية / القبول والتسجيل / {art.title}")
    page.gap()
    page.title(art.title)
    ch(page, "date-indic", f"تاريخ النشر: {indic(f'{d.day}/{d.month}/{d.year}')}")
    page.gap()
    page.note("body-indic-digits")
    body_all(page, art, ctx, text=indic)
    bl(page, "contact-box", ["للاستفسار", "هاتف: ٠١٨٣٧٧٧٠٠٠", "البريد: admission@bnu-sd.edu.test"])
    bl(page, "quick-links", ["روابط سريعة", "التقويم الأكاديمي", "دليل الطالب", "بوابة الطالب"])
    ch(page, "rights", "جميع الحقوق محفوظة © جامعة النيلين الأزرق ٢٠٢٥")
    finish(page)
