"""يوميات مسافرة: a travel diary on a personal WordPress blog: the blog title, the diary's
first sentence printed before the headline (a lead above it, body),
the headline, «نُشر في … بواسطة …», first-person body with one-line paragraphs without a stop,
a dialogue line, a quote, an English phrase, «Share this:», «Like Loading...», «Related»,
the comment form, «Proudly powered by WordPress».
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "yawmiyat", "name": "يوميات مسافرة", "host": "yawmiyat-musafira.test", "first": "2025-12-02T21:00"}


def url(art):
    return f"https://{SITE['host']}/{art.date.year}/{art.date.month:02d}/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "يوميات مسافرة")
    ch(page, "menu-one-line", "الرئيسية  عن المدونة  رحلاتي  تواصل")
    page.gap()
    page.para(art.meta["before"])
    page.note("text-before-title")
    page.title(art.title)
    ch(page, "byline-date", f"نُشر في {d.day} {month(d)} {d.year} بواسطة {art.meta['author']}")
    page.gap()
    page.note("body-dialogue")
    body_all(page, art, ctx, list_item=lambda s: "- " + s)
    bl(page, "share-english", ["Share this:", "Facebook", "X", "WhatsApp"])
    ch(page, "like", "Like Loading...")
    bl(page, "related-english", ["Related"] + ctx.others(2))
    bl(page, "comment-form", ["Leave a comment", "Your email address will not be published. Required fields are marked *"])
    ch(page, "powered", "Proudly powered by WordPress")
    finish(page)
