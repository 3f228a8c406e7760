"""ساحات: a Beirut culture magazine. Levantine month names, a Levantine date with the
author's line «بقلم …» and «⏱ 5 دقائق قراءة», an epigraph quote, subheadings, at the end
an author bio box, previous/next article links (label and headline on the next line) and
a social follow line with separators.
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "sahat", "name": "ساحات", "host": "sahat-mag.test", "first": "2025-12-03T10:00"}


def url(art):
    return f"https://{SITE['host']}/culture/{art.slug}/"


def render(art, ctx, page):
    bl(page, "menu-lines", ["ساحات", "ثقافة", "سينما", "كتب", "مسرح", "موسيقى", "عن المجلة"])
    bl(page, "login", ["تسجيل الدخول", "اشترك"])
    ch(page, "category", "كتب")
    page.title(art.title)
    page.note("title-no-blank-after-category")
    page.gap()
    d = art.date
    ch(page, "byline", f"بقلم {art.get('author')}")
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year}")
    ch(page, "reading-time", "⏱ 5 دقائق قراءة")
    page.gap()
    page.para(art.get("subtitle"))
    page.gap()
    body_all(page, art, ctx)
    bl(page, "author-bio", [f"عن الكاتب: {art.get('author')}", art.get("bio")])
    others = ctx.others(2)
    bl(page, "prev-next", ["المقال السابق", others[0], "المقال التالي", others[1]])
    ch(page, "social-follow", "تابعونا: فيسبوك / إنستغرام / يوتيوب")
    page.gap()
    ch(page, "rights", "ساحات © 2025. كل الحقوق محفوظة.")
    finish(page)
