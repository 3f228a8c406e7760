"""أليف: a pets site (a cat-care article): a search line, menu on one line with «·», the headline
as the first line with no date, body right under it, a numbered care list without lead-in
(«1) …»), short one-line tips without a final stop, a vet-reviewed line, an ad line splitting
the text, a poll, related, footer.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "alifa", "name": "أليف", "host": "aleef-pets.test", "first": "2025-12-09T12:00"}


def url(art):
    return f"https://{SITE['host']}/cats/{art.slug}"


def render(art, ctx, page):
    ch(page, "search", "ابحث في أليف...")
    ch(page, "menu-one-line", "القطط · الكلاب · الطيور · الأسماك · العيادات")
    page.gap()
    page.title(art.title)
    page.note("body-under-title-no-date")
    body_with(page, art, ctx, [lambda p: bl(p, "ad-line", ["إعلان"])])
    ch(page, "reviewer", "راجع المقال طبيب بيطري")
    bl(page, "poll", ["استطلاع: كم مرة تنظف صندوق قطتك؟", "يومياً", "مرتين في الأسبوع", "أسبوعياً", "صوّت"])
    bl(page, "related", ["مقالات أخرى عن القطط"] + ctx.others(3))
    ch(page, "footer-one-line", "أليف © 2025 · عن الموقع · اتصل بنا")
    finish(page)
