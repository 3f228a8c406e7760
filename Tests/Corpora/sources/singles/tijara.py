"""تجارة المغرب: a Moroccan business site with French chrome. «Accueil | Économie | …» and
«Se connecter» on top, a French cookie banner, the author's name above the title, the title
printed twice in a row, «الثلاثاء 9 دجنبر 2025 - 11:20», a photo credit line under the
caption, «الكلمات المفتاحية: … - …», «مقالات مشابهة» with «منذ N أيام» under each item,
«Suivez-nous» and «Tous droits réservés».
"""
from generate import ago, month, weekday
from _common import bl, body_all, ch, finish

SITE = {"id": "tijara", "name": "تجارة المغرب", "host": "www.tijara-maroc.test", "first": "2025-12-09T07:00"}


def url(art):
    return f"https://{SITE['host']}/economie/{art.slug}.html"


def render(art, ctx, page):
    bl(page, "french-widget", ["Tijara Maroc", "Accueil | Économie | Entreprises | Finance | Bourse", "Se connecter"])
    bl(page, "cookie-banner", ["Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.", "Accepter", "En savoir plus"])
    ch(page, "byline-above-title", art.get("author"))
    page.gap()
    page.title(art.title)
    page.title(art.title)
    page.note("title-twice")
    page.gap()
    d = art.date
    ch(page, "date-maghreb", f"{weekday(d)} {d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    page.caption(art.get("caption"))
    ch(page, "photo-credit", f"صورة: {art.get('photo')}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "tags", "الكلمات المفتاحية: " + " - ".join(t.strip() for t in art.get("tags").split("،")))
    page.gap()
    page.note("related")
    bl(page, "related", ["مقالات مشابهة"])
    for i, t in enumerate(ctx.others(3)):
        page.add(t, "chrome", "related")
        page.add(ago((i + 2) * 24 * 60), "chrome", "related")
        page.gap()
    bl(page, "social-follow", ["Suivez-nous", "Facebook", "X", "LinkedIn"])
    ch(page, "rights", "© 2025 Tijara Maroc - Tous droits réservés")
    finish(page)
