"""جولة في عُمان: a tourism guide (Oman): a weather-and-currency strip, menu lines, a kicker,
the headline, the author and date on one line, a bold one-sentence lead, places as numbered
subheadings each followed by a short paragraph and a «الموقع: …» / «أوقات الزيارة: …» line
(body: the guide's content), a «احجز جولتك» booking widget between places, a map line,
«وجهات أخرى», footer.
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "jawla", "name": "جولة في عُمان", "host": "jawla-oman.test", "first": "2025-12-05T07:00"}


def url(art):
    return f"https://{SITE['host']}/guide/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "weather-strip", "مسقط 27° | صلالة 25° | 1 ر.ع = 2.6 دولار")
    bl(page, "menu-lines", ["وجهات", "فنادق", "مطاعم", "فعاليات", "نصائح السفر"])
    ch(page, "kicker", "دليل الوجهات")
    page.title(art.title)
    ch(page, "byline-date", f"{art.meta['author']} | {d.day} {month(d)} {d.year}")
    page.gap()
    page.note("lead")
    body_with(page, art, ctx, [lambda p: bl(p, "booking-widget", ["احجز جولتك", "التاريخ", "عدد الأشخاص", "ابحث"])])
    ch(page, "map", "عرض على الخريطة")
    bl(page, "related", ["وجهات أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "جولة في عُمان © 2025 - دليل سياحي مستقل")
    finish(page)
