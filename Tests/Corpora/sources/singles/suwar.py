"""وكالة الصورة العربية: a photo story. A menu on one line with «·», «قصص مصورة» category,
the title, «عدسة: …», a date «2025/12/13», two short paragraphs, then five photo captions,
one under each photo, with no counter, credit or date (every one a caption), one of them a
full sentence of two clauses, «شارك القصة», «قصص مصورة أخرى», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "suwar", "name": "وكالة الصورة العربية", "host": "sura-arabia.test", "first": "2025-12-13T08:00"}


def url(art):
    return f"https://{SITE['host']}/stories/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "أخبار · قصص مصورة · فيديو · أرشيف · عن الوكالة")
    page.gap()
    ch(page, "category", "قصص مصورة")
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"عدسة: {art.get('author')}")
    ch(page, "date-numeric", f"{d.year}/{d.month:02d}/{d.day:02d}")
    page.gap()
    page.note("gallery-captions-in-body")
    body_all(page, art, ctx)
    ch(page, "share", "شارك القصة")
    page.gap()
    bl(page, "related", ["قصص مصورة أخرى"] + ctx.others(2))
    ch(page, "rights", "جميع الصور محمية بحقوق النشر © وكالة الصورة العربية 2025")
    finish(page)
