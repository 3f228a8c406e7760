"""A print view of an Omani daily's article: «طباعة» / «إغلاق النافذة», the paper's name and
issue line, the section, the headline, «مسقط - …» byline, the date, the article (dateline
glued to its first paragraph), a caption, then «رابط المقال: https://…», «تاريخ الطباعة: …»,
«© جميع الحقوق محفوظة …».
"""
from _common import ch, finish, body_all
from generate import month

SITE = {"id": "tibaa", "name": "صحيفة الوادي العمانية", "host": "alwadi-om.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/print/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "print-controls", "طباعة", "إغلاق النافذة")
    page.gap()
    ch(page, "site-header", "صحيفة الوادي العمانية")
    ch(page, "issue-number", "العدد 4412")
    page.gap()
    ch(page, "category", "محليات")
    page.title(art.title)
    ch(page, "byline-place", f"مسقط - {art.meta['author']}")
    ch(page, "date", f"{d.day} {month(d)} {d.year}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "copy-link", f"رابط المقال: https://{SITE['host']}/article/{art.slug}")
    ch(page, "print-date", f"تاريخ الطباعة: {d.day}/{d.month}/{d.year}")
    ch(page, "rights", "© جميع الحقوق محفوظة لصحيفة الوادي العمانية")
    finish(page)
