"""وهران أنفو: an Algerian regional news site with French chrome: a French menu on one line,
«Version française», a date in Algerian month names, a KICKER (overline) above the headline,
«وهران: <name>» byline, «نشر في … على الساعة …», an in-body «Lire aussi : …» line, tags,
a French share row, «À lire aussi» related list, a French footer and rights line.
"""
from _common import bl, body_all, ch, finish
from generate import month, weekday

SITE = {"id": "wahran", "name": "وهران أنفو", "host": "wahran-info.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://www.{SITE['host']}/regions/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "وهران أنفو")
    ch(page, "language-switch", "Version française")
    ch(page, "french-widget", "Accueil | Actualité | Régions | Économie | Sports | Culture | Contact")
    page.gap()
    ch(page, "date-algeria", f"{weekday(d)} {d.day} {month(d, 'algeria')} {d.year}")
    page.gap()
    ch(page, "category", "الجهات")
    ch(page, "kicker", art.get("kicker"))
    page.title(art.title)
    ch(page, "byline-city", f"وهران: {art.get('author')}")
    ch(page, "date-algeria", f"نشر في {d.day} {month(d, 'algeria')} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}")
    page.gap()

    def readalso(p):
        ch(p, "read-also-french", f"Lire aussi : {ctx.others(1)[0]}")

    body_all(page, art, ctx, readalso=readalso)
    ch(page, "tags", "Tags: وهران - النقل الحضري - الترامواي")
    ch(page, "share-french", "Partager : Facebook | X | WhatsApp | E-mail")
    bl(page, "related", ["À lire aussi"] + ctx.others(4))
    bl(page, "footer-french", ["Qui sommes-nous", "Publicité", "Mentions légales", "Contactez-nous"])
    ch(page, "rights", "© 2025 Wahran Info - Tous droits réservés")
    finish(page)
