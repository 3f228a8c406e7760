"""أخبار المطار: airport and flight news (Oman, English chrome): «Flight status | Arrivals |
Departures» bar, a flight-search widget, the headline, the headline again shortened with the
site name in a «title | site» line ABOVE it, «مسقط - » dateline, a body with a schedule given
as rows (flight, destination, days, time) and a passengers' advice list, a notice sentence
«تنويه: …» (chrome), «Share», «Latest news», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "matar", "name": "أخبار المطار", "host": "airport-news-om.test", "first": "2025-12-12T05:00"}


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "title-short-suffix", f"{art.meta['short']} | أخبار المطار")
    ch(page, "flight-bar", "Flight status | Arrivals | Departures | عربي")
    bl(page, "flight-search", ["ابحث عن رحلتك", "رقم الرحلة", "بحث"])
    page.title(art.title)
    ch(page, "date-numeric", f"{d.year}/{d.month:02d}/{d.day:02d}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "notice-sentence", "تنويه: المواعيد قابلة للتغيير، ويرجى التحقق من حالة الرحلة قبل التوجه إلى المطار.")
    ch(page, "share-english", "Share")
    bl(page, "latest-english", ["Latest news"] + ctx.others(3))
    ch(page, "footer-one-line", "© 2025 Airport News Oman")
    finish(page)
