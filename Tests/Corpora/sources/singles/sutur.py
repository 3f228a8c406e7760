"""سطور (a Medium-like essay): «Open in app», «Sign up | Sign in», «Write», «Member-only
story», the headline, the subtitle (a lead: body), the author with «Follow», «8 min read ·
Dec 14, 2025», «--», claps and responses counts, «Listen», «Share», the essay with
subheadings and a pull quote, claps again, «Written by …», followers, the author's bio
line, «More from …», «Recommended from سطور», «Help Status About Careers».
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "sutur", "name": "سطور", "host": "sutur-pub.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/@writer/{art.slug}-3f9a2c"


def render(art, ctx, page):
    d = art.date
    eng = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    ch(page, "app", "Open in app")
    ch(page, "login-english", "Sign up", "Sign in")
    ch(page, "english-widget", "Write")
    page.gap()
    ch(page, "member-only", "Member-only story")
    page.gap()
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    ch(page, "byline-english", art.meta["author"], "Follow")
    ch(page, "reading-time-english", f"8 min read · {eng} {d.day}, {d.year}")
    ch(page, "likes", "--", "312", "4", "Listen", "Share")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "likes", "--", "312", "4")
    page.gap()
    bl(page, "author-bio", [f"Written by {art.meta['author']}", "1.2K Followers", "باحث في التخطيط العمراني، يكتب عن المدن العربية والمشي فيها."])
    bl(page, "related-english", [f"More from {art.meta['author']}"] + ctx.others(2))
    bl(page, "related-english", ["Recommended from سطور"] + ctx.others(2))
    ch(page, "footer-english", "Help  Status  About  Careers  Blog  Privacy  Terms")
    finish(page)
