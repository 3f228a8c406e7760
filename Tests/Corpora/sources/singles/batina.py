"""صحيفة الباطنة: an Omani regional daily with ENGLISH chrome: a «title | صحيفة الباطنة»
line on top (the title printed again with the site suffix), «Skip to content», an English
menu on one line, «EN», a category, the headline, a lead, «14 Dec 2025 | 10:15 AM», the
body, an English «Most Read» header with Arabic items, an English newsletter line, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "batina", "name": "صحيفة الباطنة", "host": "albatinah-daily.test", "first": "2025-12-13T08:00"}

EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def url(art):
    return f"https://{SITE['host']}/oman/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "title-suffix-line", f"{art.title} | صحيفة الباطنة")
    ch(page, "skip-link", "Skip to content")
    ch(page, "english-widget", "Home | Oman | Gulf | World | Business | Sports | Opinion")
    ch(page, "language-switch", "EN")
    page.gap()
    ch(page, "category", "محافظات")
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    h = d.hour % 12 or 12
    ch(page, "date-english", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year} | {h}:{d.minute:02d} {'PM' if d.hour >= 12 else 'AM'}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "most-read", ["Most Read"] + ctx.others(5))
    ch(page, "newsletter", "Subscribe to our newsletter")
    bl(page, "footer", ["About Us", "Contact", "Advertise", "Privacy Policy"])
    ch(page, "rights", "© 2025 Al Batinah Daily. All rights reserved.")
    finish(page)
