"""أخبار أطار (an AMP page of a Mauritanian news site with French chrome and Facebook's comments
plugin printed in the dump): «☰», the site's name, «Voir la version complète», the
category «Société», the headline, «بقلم: …» then the date «14 décembre 2025», the news with a
glued dateline, «Partager: Facebook Twitter WhatsApp», «0 تعليقات», «ترتيب حسب الأقدم»,
«إضافة تعليق...», «مكوّن Facebook الإضافي للتعليقات», «Lire aussi» list, «Version AMP», the rights line.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "atar", "name": "أخبار أطار", "host": "akhbar-atar.test", "first": "2025-12-14T08:00"}

FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def url(art):
    return f"https://{SITE['host']}/amp/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "amp-controls", "☰")
    ch(page, "site-header", "أخبار أطار")
    ch(page, "amp-controls", "Voir la version complète")
    page.gap()
    ch(page, "category-french", "Société")
    page.title(art.title)
    ch(page, "byline", f"بقلم: {art.meta['author']}")
    ch(page, "date-french", f"{d.day} {FR[d.month - 1]} {d.year}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "share-french", "Partager: Facebook Twitter WhatsApp")
    page.gap()
    ch(page, "comments-empty", "0 تعليقات")
    ch(page, "sort", "ترتيب حسب الأقدم")
    ch(page, "comment-form", "إضافة تعليق...")
    ch(page, "fb-plugin", "مكوّن Facebook الإضافي للتعليقات")
    bl(page, "read-also-french", ["Lire aussi"] + ctx.others(3))
    ch(page, "amp-label", "Version AMP")
    ch(page, "rights", "© 2025 أخبار أطار. Tous droits réservés")
    finish(page)
