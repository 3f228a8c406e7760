"""مدونة أدرار (a Mauritanian personal blog on Blogger): the blog's title and tagline in French,
«Accueil | À propos | Contact», the post date in French «dimanche 14 décembre 2025», the
headline, the post (short paragraphs, a quoted proverb), «Publié par … à 10:32», «Aucun
commentaire:», «Enregistrer un commentaire», «Article plus récent | Article plus ancien |
Accueil», «Inscription à : Publier les commentaires (Atom)», the French sidebar («Qui suis-je ?»
with a sentence, «Archives du blog» tree, «Libellés»), «Thème Simple. Fourni par Blogger.».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "adrar", "name": "مدونة أدرار", "host": "adrar-blog.test", "first": "2025-12-14T08:00"}

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


def url(art):
    return f"https://{SITE['host']}/2025/12/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "مدونة أدرار")
    ch(page, "tagline", "Carnets d'un instituteur entre Atar et Nouakchott")
    ch(page, "menu-french", "Accueil | À propos | Contact")
    page.gap()
    ch(page, "date-french", f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}")
    page.gap()
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    ch(page, "byline-after-body", f"Publié par {art.get('author')} à {d.hour:02d}:{d.minute:02d}")
    page.gap()
    ch(page, "comments-empty", "Aucun commentaire:")
    ch(page, "comment-form", "Enregistrer un commentaire")
    page.gap()
    ch(page, "prev-next", "Article plus récent | Article plus ancien | Accueil")
    ch(page, "feed", "Inscription à : Publier les commentaires (Atom)")
    bl(page, "about-blurb", ["Qui suis-je ?", "معلم في مدرسة ابتدائية بأدرار، أكتب هنا عن التعليم والصحراء والناس الذين ألتقيهم في الطريق."])
    bl(page, "archive", ["Archives du blog", "▼ 2025 (14)", "▼ décembre (2)", "► novembre (3)", "► 2024 (21)"])
    bl(page, "labels", ["Libellés", "تعليم (9)", "رحلات (6)", "مجتمع (5)"])
    ch(page, "powered", "Thème Simple. Fourni par Blogger.")
    finish(page)
