"""ساحة الألعاب: a gaming review site: English chrome («Home · Reviews · News · Esports»), the
platforms line and the score over the headline, the headline, «مراجعة: …», a short lead, body
with subheadings in a row, pros and cons lists (the review's own «الإيجابيات»/«السلبيات» and
items), English game terms, a score box, a user-rating line, related, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "alab", "name": "ساحة الألعاب", "host": "sahat-alalab.test", "first": "2025-12-11T18:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-english", "Home · Reviews · News · Esports · Guides · Login")
    page.gap()
    ch(page, "platforms", "PS5 | Xbox Series X | PC")
    ch(page, "rating", "8.5/10")
    page.title(art.title)
    ch(page, "byline", f"مراجعة: {art.meta['author']}")
    page.gap()
    page.note("lead")
    page.note("body-subheadings-in-a-row")
    body_all(page, art, ctx)
    bl(page, "score-box", ["التقييم النهائي", "الرسوميات 9", "القصة 8", "أسلوب اللعب 8.5", "8.5"])
    ch(page, "user-rating", "تقييم القراء: 7.9 (412 صوتاً)")
    bl(page, "related", ["مراجعات أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "Sahat Alalab © 2025 · Privacy · Contact")
    finish(page)
