"""حكايا: a short-story site: site header, the category over the title, the title, «قصة: …»,
reading time, the story with dialogue lines («- …»), one-word paragraphs, a scene break «***»
(chrome: a mark, not text), the ending; «نهاية القصة» (chrome), a rating, «قصص أخرى»,
a contest pitch, footer.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "qissa", "name": "حكايا", "host": "hakaya-stories.test", "first": "2025-12-04T20:00"}


def url(art):
    return f"https://{SITE['host']}/story/{art.slug}"


def render(art, ctx, page):
    ch(page, "site-header", "حكايا - قصص قصيرة عربية")
    ch(page, "menu-one-line", "قصص | خواطر | مسابقة الشهر | أرسل قصتك")
    page.gap()
    ch(page, "category", "قصة قصيرة")
    page.title(art.title)
    ch(page, "byline", f"قصة: {art.meta['author']}")
    ch(page, "reading-time", "5 دقائق قراءة")
    page.gap()
    page.note("body-dialogue")
    body_with(page, art, ctx, [lambda p: bl(p, "scene-break", ["***"])], list_item=lambda s: "- " + s)
    ch(page, "end-mark", "نهاية القصة")
    ch(page, "rating", "قيّم القصة: ★★★★☆")
    bl(page, "related", ["قصص أخرى"] + ctx.others(3))
    ch(page, "contest-pitch", "شارك في مسابقة الشهر وأرسل قصتك قبل نهاية ديسمبر لتنشر على صفحتنا الرئيسية.")
    ch(page, "rights", "حكايا © 2025")
    finish(page)
