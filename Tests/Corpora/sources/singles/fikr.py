"""فكر ونقد: a monthly review online. Little chrome: the review's name, the issue line,
the author's name, then a long essay (fifteen paragraphs with subheadings and a quoted
line), one «العدد القادم» line and a one-line copyright. The honest edge case of a long
article with almost no chrome.
"""
from _common import body_all, ch, finish

SITE = {"id": "fikr", "name": "فكر ونقد", "host": "fikr-naqd.test", "first": "2025-12-01T09:00"}


def url(art):
    return f"https://{SITE['host']}/issue-118/{art.slug}"


def render(art, ctx, page):
    ch(page, "site-header", "فكر ونقد")
    ch(page, "issue-number", "العدد 118 - ديسمبر 2025")
    page.gap()
    page.title(art.title)
    ch(page, "byline", art.get("author"))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "next-issue", ctx.headlines[0])
    ch(page, "rights", "© فكر ونقد، مجلة شهرية. يسمح بالاقتباس مع ذكر المصدر.")
    finish(page)
