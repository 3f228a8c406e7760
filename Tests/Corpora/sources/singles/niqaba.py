"""نقابة المهندسين الزراعيين: a union's statement page: site header and menu, the statement
number line, the headline, then the HEADLINE PRINTED AGAIN as «بيان صحفي: <title>»
(another form), the statement (body, numbered demands), the closing slogan (body), the
signature («مجلس النقابة») and «صادر في … بتاريخ …» (not body), «بيانات سابقة», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "niqaba", "name": "نقابة المهندسين الزراعيين", "host": "agri-engineers.org.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/statements/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "نقابة المهندسين الزراعيين")
    bl(page, "menu-lines", ["الرئيسية", "عن النقابة", "الفروع", "البيانات", "الخدمات", "الانتساب"])
    ch(page, "category", "البيانات")
    page.gap()
    ch(page, "statement-number", "بيان رقم (9)")
    page.title(art.title)
    page.gap()
    ch(page, "title-prefixed", f"بيان صحفي: {art.title}")
    page.note("title-other-form")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "signatory", ["مجلس النقابة", f"صادر في عمّان بتاريخ {d.day}/{d.month}/{d.year}"])
    bl(page, "related", ["بيانات سابقة"] + ctx.others(3))
    ch(page, "footer-one-line", "نقابة المهندسين الزراعيين - جبل الحسين - ص.ب 1120 - جميع الحقوق محفوظة")
    finish(page)
