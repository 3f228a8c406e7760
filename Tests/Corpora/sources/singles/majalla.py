"""مجلة الأفق: a monthly magazine's long-form feature. Subscribe/login bar, a series line above
the title («ملف العدد»), the title and a standfirst (lead), «بقلم» with a role line, «من العدد
٢١٥ - ديسمبر ٢٠٢٥» issue line and «١٤ دقيقة قراءة», a long body with subheadings, two pull
quotes (a body sentence printed again with «“ …”»: not body), an in-body photo caption, the
author's bio line «* …» at the end, «اقرأ في هذا العدد» list, a print-subscription pitch,
footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "majalla", "name": "مجلة الأفق", "host": "majallat-alofoq.test", "first": "2025-12-01T10:00"}

def url(art):
    return f"https://{SITE['host']}/issue-215/{art.slug}"


def render(art, ctx, page):
    bl(page, "login", ["اشترك في المجلة", "تسجيل الدخول"])
    ch(page, "menu-one-line", "العدد الحالي  الأعداد السابقة  ملفات  حوارات  كتّاب  عن المجلة")
    page.gap()
    ch(page, "series-line", "ملف العدد")
    page.title(art.title)
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    ch(page, "byline", f"بقلم {art.get('author')}")
    ch(page, "issue-number", "من العدد ٢١٥ - ديسمبر ٢٠٢٥")
    ch(page, "reading-time", "١٤ دقيقة قراءة")
    page.gap()
    quotes = [q.strip() for q in art.get("pull").split(" | ")]
    paras = [v for k, v in art.blocks if k == "para"]
    after = {paras[3]: quotes[0], paras[8]: quotes[1]}
    page.note("pull-quote")
    for kind, value in art.blocks:
        page.gap()
        if kind == "para":
            page.para(value)
            if value in after:
                page.gap()
                ch(page, "pull-quote", f"“{after[value]}”")
        elif kind == "heading":
            page.para(value)
        elif kind == "caption":
            page.caption(value)
    page.note("body-subheadings")
    page.note("body-long")
    page.gap()
    ch(page, "author-bio", f"* {art.get('bio')}")
    page.gap()
    bl(page, "related", ["اقرأ في هذا العدد"] + ctx.others(4))
    bl(page, "subscribe-pitch", ["اشترك في النسخة الورقية واحصل على ١٢ عدداً مع التوصيل المجاني"])
    ch(page, "rights", "© مجلة الأفق ٢٠٢٥ - جميع الحقوق محفوظة")
    finish(page)
