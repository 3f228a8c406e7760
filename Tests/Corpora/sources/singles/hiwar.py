"""الأفق الثقافي: an interview page: menu lines, the date, the TITLE AFTER THE DATE (a quote
from the interview in «»), a lead, «حاوره: <name>», a photo caption, the introduction, the
questions on their own lines and the answers (body), PULL QUOTES between them (an answer's
sentence printed again: not body), tags, related, rights.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "hiwar", "name": "الأفق الثقافي", "host": "alofoq-culture.test", "first": "2025-12-12T08:00"}


def url(art):
    return f"https://{SITE['host']}/interviews/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "الأفق الثقافي")
    bl(page, "menu-lines", ["الرئيسية", "حوارات", "كتب", "مسرح", "فنون تشكيلية", "ملفات"])
    ch(page, "date-numeric", f"{d.day}/{d.month}/{d.year}")
    page.note("title-after-date")
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    ch(page, "byline-interviewer", f"حاوره: {art.get('author')}")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    quotes = iter(art.get("quotes").split(" ## "))

    def caption(p, value):
        ch(p, "pull-quote", next(quotes).strip())
    body_all(page, art, ctx, caption=caption)
    page.note("interview-qa")
    ch(page, "tags", "الوسوم: مسرح، حوار، الكتابة للأطفال")
    bl(page, "related", ["حوارات أخرى"] + ctx.others(3))
    ch(page, "rights", "الأفق الثقافي © 2025 - يُمنع النقل دون ذكر المصدر")
    finish(page)
