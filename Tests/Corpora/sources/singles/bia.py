"""بيئة المغرب: an environment site (Morocco, French chrome): «Accueil | Environnement | …»,
a cookie banner in French, Moroccan date «… دجنبر 2025», the headline, «Par …», a body of short
paragraphs with a bullet list without lead-in and a paragraph that holds a date, «Lire aussi :»
inside the text, French share row, «Articles similaires», «Tous droits réservés».
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "bia", "name": "بيئة المغرب", "host": "biaa-maroc.test", "first": "2025-12-09T08:00"}


def url(art):
    return f"https://www.{SITE['host']}/fr-ar/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "cookie-french", "Ce site utilise des cookies pour améliorer votre expérience. J'accepte | En savoir plus")
    ch(page, "menu-french", "Accueil | Environnement | Climat | Eau | Biodiversité | Vidéos")
    page.gap()
    ch(page, "date-maghreb", f"{d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.title(art.title)
    ch(page, "byline-french", f"Par {art.meta['author']}")
    page.gap()
    page.note("body-date-in-text")
    body_with(page, art, ctx, [lambda p: ch(p, "read-also-line-in-body", "Lire aussi : " + ctx.others(1)[0])])
    ch(page, "share-french", "Partager : Facebook Twitter WhatsApp")
    bl(page, "related-french", ["Articles similaires"] + ctx.others(3))
    ch(page, "rights-french", "© 2025 Biaa Maroc - Tous droits réservés")
    finish(page)
