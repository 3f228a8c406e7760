"""شنقيط اليوم: a Mauritanian news site with FRENCH chrome («Accueil», «Ar | Fr», «Dernières
nouvelles», «Partager», «Mentions légales»): the CATEGORY PRINTED TWICE (in the section bar
and beside the date), the headline BEFORE the date, «نواكشوط – شنقيط اليوم», the body,
a French read-also box («À lire aussi» with the headline on the next line), a comments-closed
line, related, the rights line in French.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "shinqit", "name": "شنقيط اليوم", "host": "chinguitt-today.test", "first": "2025-12-13T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "french-widget", "Accueil | Ar | Fr | Contact")
    ch(page, "menu-one-line", "الرئيسية / أخبار / اقتصاد / ثقافة / رياضة / مقالات")
    page.gap()
    ch(page, "category", "اقتصاد")
    page.title(art.title)
    ch(page, "category-date", f"اقتصاد | {d.day} {month(d)} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.note("category-twice")
    page.gap()

    def readalso(p):
        bl(p, "read-also-box-french", ["À lire aussi", ctx.others(1)[0]])
    body_all(page, art, ctx, readalso=readalso)
    ch(page, "byline-after-body", "نواكشوط – شنقيط اليوم")
    ch(page, "share-french", "Partager : Facebook - Twitter - WhatsApp")
    ch(page, "comments-closed", "التعليقات مغلقة.")
    bl(page, "related", ["Dernières nouvelles"] + ctx.others(4))
    ch(page, "rights", "© 2025 Chinguitt Today - Tous droits réservés | Mentions légales")
    finish(page)
