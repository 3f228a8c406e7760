"""الشروق الغربي (an Algerian regional portal, Oran): a French and Arabic top bar («Édition
française | النسخة العربية», «Se connecter»), the wilayas menu on one line with «-», the
category, the headline, «بقلم: …» and «Publié le 14/12/2025 à 10h32», an Algerian date line
(«الأحد 14 ديسمبر 2025» with Algerian months), the text with a glued dateline «وهران -», a
«À lire aussi :» line inside the text, «Partager : Facebook Twitter WhatsApp», «Commentaires
(0)», «Articles les plus lus» numbered list, a French cookie bar, footer.
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "jazair", "name": "الشروق الغربي", "host": "echourouk-gharbi.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/regions/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "Édition française | النسخة العربية")
    ch(page, "login", "Se connecter | S'abonner")
    page.gap()
    ch(page, "site-header", "الشروق الغربي")
    ch(page, "menu-one-line", "وهران - تلمسان - سيدي بلعباس - مستغانم - معسكر - عين تموشنت - غليزان")
    page.gap()
    ch(page, "category", "محليات")
    page.title(art.title)
    ch(page, "byline", f"بقلم: {art.get('author')}")
    ch(page, "date-french", f"Publié le {d.day:02d}/{d.month:02d}/{d.year} à {d.hour:02d}h{d.minute:02d}")
    ch(page, "date-algeria", f"{d.day} {month(d, 'algeria')} {d.year}")
    page.note("dateline-glued")

    def lire(p):
        ch(p, "read-also-french", f"À lire aussi : {ctx.others(1)[0]}")
    body_with(page, art, ctx, [lire])
    ch(page, "share-french", "Partager : Facebook Twitter WhatsApp")
    ch(page, "counter-comments", "Commentaires (0)")
    lines = ["Articles les plus lus"] + [f"{i}. {t}" for i, t in enumerate(ctx.others(4), 1)]
    bl(page, "most-read", lines)
    bl(page, "cookie-french", ["Ce site utilise des cookies pour améliorer votre expérience de navigation.", "J'accepte", "En savoir plus"])
    ch(page, "rights", "© 2025 الشروق الغربي - Tous droits réservés")
    finish(page)
