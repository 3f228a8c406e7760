"""Maghreb Éco (النسخة العربية): an economy site whose chrome is in French: «Accueil |
Économie | Finance | Entreprises | العربية», «Publié le 14/12/2025 à 10h32», «Mis à jour le …»,
the author as «Par …», a lead, «Lire aussi :» French label with an Arabic headline (in the
body), «Partager : Facebook Twitter LinkedIn», «Dans la même rubrique» list, French cookie
banner, footer «Tous droits réservés». Algerian month names nowhere: dates are numeric.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "iqtisadi", "name": "Maghreb Éco", "host": "ar.maghreb-eco.test", "first": "2025-12-14T10:32"}


def url(art):
    return f"https://{SITE['host']}/economie/{art.slug}"


def readalso(ctx):
    def put(page):
        ch(page, "read-also-line", "Lire aussi : " + ctx.others(1)[0])
    return put


def render(art, ctx, page):
    d = art.date
    bl(page, "french-widget", ["Ce site utilise des cookies pour améliorer votre expérience.", "J'accepte", "En savoir plus"])
    ch(page, "site-header", "Maghreb Éco")
    ch(page, "menu-one-line", "Accueil | Économie | Finance | Entreprises | Emploi | العربية")
    page.gap()
    ch(page, "category-french", "Économie")
    page.title(art.title)
    page.gap()
    ch(page, "byline-french", f"Par {art.get('author')}")
    ch(page, "date-french", f"Publié le {d.day:02d}/{d.month:02d}/{d.year} à {d.hour}h{d.minute:02d}")
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx, readalso=readalso(ctx))
    ch(page, "share-french", "Partager : Facebook Twitter LinkedIn WhatsApp")
    bl(page, "related", ["Dans la même rubrique"] + ctx.others(3))
    bl(page, "footer", ["Qui sommes-nous | Contact | Mentions légales", f"© {d.year} Maghreb Éco. Tous droits réservés."])
    finish(page)
