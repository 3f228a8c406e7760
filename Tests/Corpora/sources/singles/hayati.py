"""حياتي صحة: a health magazine. «بقلم: د. …» and «راجعه طبياً: …» lines, «آخر تحديث:
14 ديسمبر 2025», reading time «5 دقائق», a table of contents «محتويات المقال» whose items
repeat the body's subheadings (chrome that equals body lines), subheadings and a bullet
list, «المراجع» with references, «هل وجدت هذا المقال مفيداً؟ نعم / لا», «مقالات قد
تهمك», a footer.
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "hayati", "name": "حياتي صحة", "host": "hayati-seha.test", "first": "2025-12-14T10:00"}


def url(art):
    return f"https://{SITE['host']}/nutrition/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["حياتي صحة", "تغذية", "لياقة", "أمراض", "صحة نفسية", "أدوات صحية"])
    ch(page, "breadcrumb", "الرئيسية / تغذية / فيتامينات")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"بقلم: {art.get('author')}")
    ch(page, "reviewer", f"راجعه طبياً: {art.get('reviewer')}")
    ch(page, "date-updated", f"آخر تحديث: {d.day} {month(d)} {d.year}")
    ch(page, "reading-time", "5 دقائق")
    page.gap()
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات المقال"] + heads)
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-line", f"اقرأ أيضا >> {t}")
    body_all(page, art, ctx, readalso=readalso)
    bl(page, "references", ["المراجع", "الدليل الإرشادي للتغذية الصحية، طبعة 2024", "منشورات الجمعية العربية للتغذية"])
    bl(page, "feedback", ["هل وجدت هذا المقال مفيداً؟ نعم / لا"])
    bl(page, "related", ["مقالات قد تهمك"] + ctx.others(3))
    ch(page, "rights", "حياتي صحة © 2025 | المحتوى لأغراض التوعية ولا يغني عن استشارة الطبيب")
    finish(page)
