"""A reader-mode dump (browser reader view) of a Yemeni news page: the host line, the
headline, the byline, «4–5 minutes» reading time, the text (a lead in bold printed as a
paragraph, a subheading, a quoted line), a caption and the source line «المصدر: …» (a
credit): almost no chrome.
"""
from _common import ch, finish, body_all

SITE = {"id": "qiraa", "name": "عدن بوست", "host": "aden-post.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    ch(page, "host-line", SITE["host"])
    page.gap()
    page.title(art.title)
    ch(page, "byline", art.meta["author"])
    ch(page, "reading-time-english", "4–5 minutes")
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    body_all(page, art, ctx)
    page.credit("المصدر: عدن بوست", "عدن بوست")
    finish(page)
