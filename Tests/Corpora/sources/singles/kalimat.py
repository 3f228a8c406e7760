"""كلمات عابرة: a personal WordPress blog with the theme's default English widgets: «Skip to
content», the blog name and «Just another WordPress site», «Menu», no title (an «aside» post: the theme prints none), «Posted on
December 14, 2025 by …», the essay (short lines, a quoted line, a subheading), «Categories:
تأملات | Tags: …», «Leave a comment», «← Previous Post» / «Next Post →» with titles,
«Recent Posts» list, «Archives» with months, «Meta» («Log in», «Entries feed», «Comments feed»,
«WordPress.org»), «Proudly powered by WordPress».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "kalimat", "name": "كلمات عابرة", "host": "kalimat-abira.test", "first": "2025-12-14T07:12"}
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def url(art):
    return f"https://{SITE['host']}/{art.date.year}/{art.date.month:02d}/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "skip-link", "Skip to content")
    page.gap()
    ch(page, "site-header", "كلمات عابرة")
    ch(page, "tagline", "Just another WordPress site")
    ch(page, "english-widget", "Menu")
    page.gap()
    page.note("no-title-line")  # an aside: the theme prints no headline for this post format
    ch(page, "byline-english", f"Posted on {EN[d.month - 1]} {d.day}, {d.year} by نهى")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "tags", "Categories: تأملات | Tags: المدينة، المطر، الطفولة")
    ch(page, "comment-form", "Leave a comment")
    page.gap()
    older = ctx.others(2)
    bl(page, "prev-next", ["Post navigation", "← Previous Post", older[0], "Next Post →", older[1]])
    bl(page, "recent-posts", ["Recent Posts"] + ctx.others(3))
    bl(page, "archive", ["Archives", "December 2025", "November 2025", "October 2025"])
    bl(page, "english-widget", ["Meta", "Log in", "Entries feed", "Comments feed", "WordPress.org"])
    ch(page, "footer-one-line", "Proudly powered by WordPress")
    finish(page)
