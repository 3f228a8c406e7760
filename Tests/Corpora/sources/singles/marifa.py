"""المعرفة للجميع: an encyclopedia-style explainer. A search, a one-per-line menu, a
breadcrumb, the title, «كتابة: …» and «آخر تحديث: ١٠:٢٢ ، ٣ ديسمبر ٢٠٢٥» (Arabic-Indic),
«محتويات المقال» (a table of contents repeating the subheadings), the body with
subheadings and a list, «المراجع» with numbered references («↑ …»), the writer's bio box
AFTER the references (two sentences), «هل كان المقال مفيداً؟», «مقالات ذات صلة» with
summaries, footer with a sentence about the site.
"""
from generate import indic, month
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "marifa", "name": "المعرفة للجميع", "host": "almarifa-lil-jamee.test", "first": "2025-12-03T10:00"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}"


def render(art, ctx, page):
    ch(page, "search", "ابحث في المعرفة للجميع")
    page.gap()
    bl(page, "menu-lines", ["الرئيسية", "علوم", "تاريخ", "جغرافيا", "صحة", "تعليم"])
    ch(page, "breadcrumb", "الرئيسية » جغرافيا » ظواهر طبيعية")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"كتابة: {art.get('author')}")
    ch(page, "date-indic", f"آخر تحديث: {indic(f'{d.hour:02d}:{d.minute:02d}')} ، {indic(d.day)} {month(d)} {indic(d.year)}")
    page.gap()
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات المقال"] + heads)
    body_all(page, art, ctx)
    bl(page, "references", ["المراجع", "↑ هيئة المساحة الجيولوجية، «الكثبان الرملية وأنواعها»، اطّلع عليه بتاريخ 1-12-2025.",
                            "↑ مركز دراسات الصحراء، «حركة الرمال في شبه الجزيرة العربية»، اطّلع عليه بتاريخ 2-12-2025."])
    bl(page, "author-bio", [art.get("author"), art.get("bio")])
    bl(page, "feedback", ["هل كان المقال مفيداً؟", "نعم   لا"])
    lines = ["مقالات ذات صلة"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "footer-about", ["المعرفة للجميع موسوعة عربية مجانية يكتبها متخصصون ويراجعها فريق تحرير، وتهدف إلى تقديم معلومة موثوقة بلغة سهلة.",
                              "سياسة الخصوصية - اتصل بنا - © 2025"])
    finish(page)
