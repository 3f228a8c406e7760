"""أخبار العاصمة (a tagDiv Newspaper WordPress site, Libya) with the theme's English widget
text left untranslated: «Facebook Instagram Twitter Youtube», the date, menu on one line,
the breadcrumb «الرئيسية أخبار محلية», the category, the headline, «By admin», the date,
«0», «Share», «Facebook Twitter WhatsApp Telegram», the news, «Previous article» / «Next
article» with their titles, «RELATED ARTICLES», «MORE FROM AUTHOR», «LEAVE A REPLY»,
«Please enter your comment!», «Most Popular», «EDITOR PICKS», «POPULAR POSTS» with dates,
«ABOUT US», «© Newspaper WordPress Theme by TagDiv».
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "tarabulus", "name": "أخبار العاصمة", "host": "akhbar-alasima.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    date = f"{month(d)} {d.day}, {d.year}"
    ch(page, "social-follow", "Facebook Instagram Twitter Youtube")
    ch(page, "date", f"{d.day} {month(d)} {d.year}")
    ch(page, "menu-one-line", "الرئيسية أخبار محلية اقتصاد رياضة منوعات")
    page.gap()
    ch(page, "breadcrumb", "الرئيسية أخبار محلية")
    ch(page, "category", "أخبار محلية")
    page.title(art.title)
    ch(page, "byline-english", "By admin")
    ch(page, "date", date)
    ch(page, "counter-comments", "0")
    ch(page, "share-english", "Share", "Facebook", "Twitter", "WhatsApp", "Telegram")
    page.gap()
    body_all(page, art, ctx)
    prev, nxt = ctx.others(2)
    ch(page, "prev-next", "Previous article", prev, "Next article", nxt)
    bl(page, "related-english", ["RELATED ARTICLES", "MORE FROM AUTHOR"] + ctx.others(3))
    bl(page, "comment-form", ["LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
                              "You have entered an incorrect email address!", "Please enter your email address here"])
    items = []
    for t in ctx.others(3):
        items += [t, date]
    bl(page, "most-read", ["Most Popular", "EDITOR PICKS", "POPULAR POSTS"] + items)
    bl(page, "footer-about", ["ABOUT US", "موقع إخباري ليبي مستقل يهتم بأخبار العاصمة وضواحيها.", "Contact us: info@akhbar-alasima.test"])
    ch(page, "english-widget", "© Newspaper WordPress Theme by TagDiv")
    finish(page)
