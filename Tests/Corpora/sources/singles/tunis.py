"""تونس الرقمية: a Tunisian site with French chrome. «Accueil | Actualités | Économie |
Sport | Culture» and «FR | AR» on top, a push-notification prompt, «الكاتب: …», the date
with Algerian/Tunisian month names «14 ديسمبر 2025» printed as «الأحد 14 ديسمبر 2025 على
الساعة 15:12», «Partager» and «Tweeter», «مقالات في نفس السياق», «Tous droits réservés».
"""
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "tunis", "name": "تونس الرقمية", "host": "tunis-numerique.test", "first": "2025-12-14T10:00"}


def url(art):
    return f"https://{SITE['host']}/ar/{art.slug}/"


def render(art, ctx, page):
    bl(page, "french-widget", ["Accueil | Actualités | Économie | Sport | Culture", "FR | AR"])
    bl(page, "notification", ["Voulez-vous recevoir les notifications de Tunis Numérique ?", "Non merci", "Autoriser"])
    ch(page, "category", "علوم")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"الكاتب: {art.get('author')}")
    ch(page, "date-weekday-time", f"{long_date(d, comma=False)} على الساعة {d.hour:02d}:{d.minute:02d}")
    page.gap()
    ch(page, "share-french", "Partager", "Tweeter")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    body_all(page, art, ctx)
    bl(page, "related", ["مقالات في نفس السياق"] + ctx.others(3))
    ch(page, "rights", "© 2025 Tunis Numérique. Tous droits réservés")
    finish(page)
