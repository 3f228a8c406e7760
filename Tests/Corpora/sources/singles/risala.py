"""رسالة الأحد (a Substack-like newsletter's web page): the publication's name, «Subscribe» /
«Sign in», the headline, the subtitle (a lead: body), the author and «ديسمبر 14, 2025»,
«14» likes / comments / «Share», a «Listen» audio line, the issue, a subscribe box in the
middle («Type your email…», «Subscribe»), the end «Thanks for reading…! Subscribe for free
…», likes again, «Discussion about this post», «Comments | Restacks», «Write a comment…»,
readers' comments, «Ready for more?», the platform's footer.
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "risala", "name": "رسالة الأحد", "host": "risalat-alahad.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/p/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "رسالة الأحد")
    ch(page, "subscribe-pitch", "Subscribe", "Sign in")
    page.gap()
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    ch(page, "byline-date", art.meta["author"], f"{month(d)} {d.day}, {d.year}")
    ch(page, "likes", "14", "3", "Share")
    ch(page, "audio-player", "Listen · 6 min")
    page.gap()
    body_with(page, art, ctx, [lambda p: bl(p, "subscribe-pitch", ["Type your email…", "Subscribe"])])
    ch(page, "subscribe-pitch", "شكراً لقراءتك رسالة الأحد! اشترك مجاناً لتصلك الرسائل الجديدة.")
    ch(page, "likes", "14 Likes · 2 Restacks")
    page.gap()
    page.note("readers-comments")
    for line in ["Discussion about this post", "Comments", "Restacks", "Write a comment…", "هالة م.", "منذ يومين",
                 "رسالة جميلة، ذكرتني بمكتبة حيّنا القديمة.", "Reply", "Share"]:
        page.add(line, "chrome", "readers-comments")
    page.gap()
    ch(page, "english-widget", "Ready for more?")
    ch(page, "footer-english", "© 2025 رسالة الأحد · Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the app")
    finish(page)
