"""Ajyal Post: an English-heavy page. Almost all chrome is English («Sign in», «Subscribe»,
«World | Middle East | Business | Tech», «Share this article», «Related Articles», «Most
Popular», a cookie consent banner, «© 2025 Ajyal Post. All rights reserved.»), an
English «By … | Dec 14, 2025» byline, the article itself in Arabic with Latin names in it.
Also: a «title - Ajyal Post» line on top.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "ajyal", "name": "Ajyal Post", "host": "ar.ajyalpost.test", "first": "2025-12-14T15:00"}


def url(art):
    return f"https://{SITE['host']}/tech/{art.slug}"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} - Ajyal Post")
    page.gap()
    bl(page, "english-widget", ["Ajyal Post", "Sign in", "Subscribe", "World | Middle East | Business | Tech | Culture | عربي"])
    bl(page, "cookie-banner", ["We use cookies to improve your experience. By continuing to browse, you agree to our Cookie Policy.", "Accept all", "Manage preferences"])
    ch(page, "category-english", "TECH")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline-english", f"By {art.get('author')} | Dec {d.day}, {d.year}")
    ch(page, "reading-time-english", "4 min read")
    page.gap()
    ch(page, "share-english", "Share this article")
    page.gap()
    page.para(art.get("subtitle"))
    page.gap()
    body_all(page, art, ctx)
    bl(page, "ad-label", ["Advertisement"])
    bl(page, "related", ["Related Articles"] + ctx.others(3))
    bl(page, "most-read", ["Most Popular"] + ctx.others(3))
    bl(page, "footer", ["About Us", "Contact", "Privacy Policy", "Terms & Conditions", "© 2025 Ajyal Post. All rights reserved."])
    finish(page)
