"""إضاءات سودانية (a podcast episode page, Sudan): the show's name, menu on one line, «الحلقة
23» over the title, the date and duration line, the player's lines («▶ تشغيل», «00:00 /
48:12», «1x»), «استمع على: …» platforms, the show notes (body) with «أبرز ما جاء في الحلقة»
and a list (body), «الضيف: …» guest line, a transcript note («النص الكامل للحلقة متاح
للمشتركين»), «ادعم البودكاست», previous episodes, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "idhaat", "name": "إضاءات سودانية", "host": "idhaat-podcast.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/episodes/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "إضاءات سودانية")
    ch(page, "menu-one-line", "الحلقات · عن البودكاست · الفريق · تواصل")
    page.gap()
    ch(page, "kicker", "الحلقة 23")
    page.title(art.title)
    ch(page, "date-duration", f"{d.day}/{d.month}/{d.year} · 48 دقيقة")
    page.gap()
    ch(page, "player", "▶ تشغيل", "00:00 / 48:12", "1x")
    ch(page, "platforms", "استمع على: Spotify | Apple Podcasts | YouTube | Anghami")
    page.gap()
    ch(page, "guest", f"الضيف: {art.meta['guest']}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "subscribe-pitch", "النص الكامل للحلقة متاح للمشتركين في النشرة الشهرية.")
    ch(page, "cta", "ادعم البودكاست")
    bl(page, "related", ["حلقات سابقة"] + ctx.others(3))
    ch(page, "footer-one-line", "© 2025 إضاءات سودانية | RSS")
    finish(page)
