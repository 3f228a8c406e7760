"""دليل السائح (a travel guide to a city, Tunisia): an English top bar («Sign in | Currency: TND |
العربية»), a menu one per line, a breadcrumb ending with the city, a hotel-search widget
(«الوجهة», «تاريخ الوصول», «تاريخ المغادرة», «ابحث»), the headline, «آخر تحديث: …», a reading
time, a table of contents repeating the subheadings, the guide with numbered subheadings and
tips, «أضف إلى قائمة رحلاتي», a weather box for the city, an affiliate disclaimer sentence,
«وجهات قريبة» list, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "sayyah", "name": "دليل السائح", "host": "dalil-assayeh.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/guides/tunisia/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Sign in | Currency: TND | العربية")
    bl(page, "menu-lines", ["الوجهات", "الفنادق", "رحلات منظمة", "نصائح السفر", "المدونة"])
    ch(page, "breadcrumb", "الرئيسية / تونس / سوسة")
    bl(page, "booking-widget", ["الوجهة", "تاريخ الوصول", "تاريخ المغادرة", "ابحث"])
    page.title(art.title)
    ch(page, "date-updated", f"آخر تحديث: {d.day} {month(d)} {d.year}")
    ch(page, "reading-time", "مدة القراءة: 6 دقائق")
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات الدليل"] + heads)
    body_all(page, art, ctx)
    ch(page, "cta", "أضف إلى قائمة رحلاتي")
    bl(page, "weather-widget", ["الطقس في سوسة الآن", "19° غائم جزئياً", "الرطوبة 64%"])
    ch(page, "affiliate-disclaimer", "قد نحصل على عمولة عند الحجز عبر بعض الروابط في هذا الدليل دون أي تكلفة إضافية عليك.")
    bl(page, "related", ["وجهات قريبة"] + ctx.others(3))
    ch(page, "footer-one-line", "About us | Contact | Privacy | Terms")
    ch(page, "rights", "© 2025 دليل السائح")
    finish(page)
