"""عجلات الخليج: automotive news (Gulf, English chrome): «Skip to content», an English menu
line, the headline printed after the date, «By …», a spec sheet in the body given as label:
value lines and as a price table with digits-only cells on their own lines, a quote on its
own line, a «Read more:» line inside the text, a newsletter sentence, «More News», a footer.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "ajalat", "name": "عجلات الخليج", "host": "ajalat-gulf.test", "first": "2025-12-12T09:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "skip-link", "Skip to content")
    ch(page, "menu-english", "News | Reviews | Prices | Motorsport | Videos | عربي")
    page.gap()
    ch(page, "date-english", f"Dec {d.day}, {d.year} · 3 min read")
    page.note("title-after-date")
    page.title(art.title)
    ch(page, "byline-english", f"By {art.meta['author']}")
    page.gap()
    page.note("body-digits-lines")
    body_with(page, art, ctx, [lambda p: ch(p, "read-also-line-in-body", "Read more: " + ctx.others(1)[0])])
    ch(page, "newsletter", "اشترك في نشرتنا الأسبوعية ليصلك كل جديد عالم السيارات إلى بريدك الإلكتروني.")
    bl(page, "related-english", ["More News"] + ctx.others(3))
    ch(page, "footer-one-line", "About | Contact | Advertise | Privacy Policy | © 2025 Ajalat Gulf")
    finish(page)
