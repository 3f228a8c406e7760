"""مرصد العلوم: science-news from a research outlet with English breadcrumb «Home / News /
Research», the title, «Research News» English category under it, author with «-» and a
numeric date «14.12.2025», a lead, the body with an explainer subheading, «المصدر: مجلة …»
source line (credit), «DOI: 10.5555/…» line, «ملاحظة المحرر» about a translated quote,
«تابع أحدث الأبحاث» newsletter, «مواضيع ذات صلة» teasers with summaries, footer.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "bahth", "name": "مرصد العلوم", "host": "marsad-aloloom.test", "first": "2025-12-14T14:00"}


def url(art):
    return f"https://{SITE['host']}/research/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "breadcrumb", "Home / News / Research")
    page.gap()
    page.title(art.title)
    ch(page, "category-english", "Research News")
    ch(page, "byline-date", f"{art.get('author')} - {d.day}.{d.month}.{d.year}")
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    body_all(page, art, ctx)
    page.credit("المصدر: مجلة بحوث البيئة الجافة", "مجلة بحوث البيئة الجافة")
    ch(page, "references", "DOI: 10.5555/arid.2025.0412")
    page.gap()
    bl(page, "editor-note", ["ملاحظة المحرر: ترجمت التصريحات الواردة في الخبر من الإنجليزية."])
    bl(page, "newsletter", ["تابع أحدث الأبحاث في بريدك كل أسبوع", "اشترك"])
    page.gap()
    ch(page, "related-summaries", "مواضيع ذات صلة")
    for head, summ in teasers(ctx, 2):
        page.gap()
        ch(page, "related-summaries", head, summ)
    page.gap()
    ch(page, "footer-one-line", "مرصد العلوم | عن المرصد | سياسة النشر | © 2025")
    finish(page)
