"""بوابة التعليم الموريتانية: exam results news on a Joomla site with French chrome (Mauritania):
«Accueil | Résultats | Orientation», a results search form («أدخل رقم الجلوس»), Joomla's
«التفاصيل» / «نشر بتاريخ» / «الزيارات: N» lines and print/e-mail icons, the headline, a body
with the results given as table rows («الشعبة | المترشحون | الناجحون | النسبة») and a list,
a PDF download line, Joomla's «« السابق | التالي »», a French footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "bakaloria", "name": "بوابة التعليم الموريتانية", "host": "bawabat-taalim.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/index.php/resultats/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "بوابة التعليم الموريتانية")
    ch(page, "menu-french", "Accueil | Résultats | Orientation | Concours | Contact")
    page.gap()
    bl(page, "search-form", ["استعلم عن نتيجتك", "أدخل رقم الجلوس", "بحث"])
    page.title(art.title)
    page.gap()
    ch(page, "joomla-info", "التفاصيل", f"نشر بتاريخ {d.day} {month(d, 'algeria')} {d.year}", "الزيارات: 18432")
    ch(page, "print-controls", "طباعة", "البريد الإلكتروني")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "download", "تحميل النتائج كاملة (PDF)")
    page.gap()
    ch(page, "prev-next", "« السابق", "التالي »")
    page.gap()
    ch(page, "footer-french", "© 2025 Portail de l'Éducation - Tous droits réservés")
    finish(page)
