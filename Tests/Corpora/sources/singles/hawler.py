"""دفاتر أربيل (a Ghost blog, Iraqi Kurdistan, Arabic): the blog's name, menu «Home | About |
أرشيف», «Sign in» / «Subscribe», the tag line over the headline, the headline, the excerpt
(a lead: body), the author, «14 Dec 2025 — 5 min read», a feature image caption, the post,
«Sign up for more like this.» / «Enter your email» / «Subscribe», «Read more», other posts
with «Dec 2, 2025», «Powered by Ghost».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "hawler", "name": "دفاتر أربيل", "host": "dafatir-erbil.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    eng = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    ch(page, "site-header", "دفاتر أربيل")
    ch(page, "menu-english", "Home | About | أرشيف | Contact")
    ch(page, "login-english", "Sign in", "Subscribe")
    page.gap()
    ch(page, "kicker", "ذاكرة المدينة")
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    ch(page, "byline-english", art.meta["author"], f"{d.day} {eng} {d.year} — 5 min read")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    body_all(page, art, ctx)
    bl(page, "newsletter-english", ["Sign up for more like this.", "Enter your email", "Subscribe"])
    items = []
    for t in ctx.others(3):
        items += [t, f"Dec {ctx.rng.randint(1, 12)}, 2025"]
    bl(page, "related-dated", ["Read more"] + items)
    ch(page, "footer-english", "دفاتر أربيل © 2025", "Powered by Ghost")
    finish(page)
