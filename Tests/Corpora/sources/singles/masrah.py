"""تذاكر الكويت: an event listing (a play) on a Kuwaiti events and tickets site: city
switcher, menu on one line, categories tabs, the event's title, an event box (date, time,
venue, price, age), «احجز تذكرتك» / «أضف إلى التقويم», the description with the cast list,
a map line, «شارك الفعالية», «فعاليات قد تعجبك» with dates, app badges, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month, weekday

SITE = {"id": "masrah", "name": "تذاكر الكويت", "host": "tadhaker-kw.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/events/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "city-switch", "المدينة: الكويت ▾")
    ch(page, "menu-one-line", "الفعاليات • المسرح • الحفلات • العائلة • الرياضة • تسجيل الدخول")
    page.gap()
    ch(page, "category", "مسرح")
    page.title(art.title)
    page.gap()
    bl(page, "fact-box", [f"التاريخ: {weekday(d)} {d.day} {month(d)} {d.year}", "الوقت: 8:30 مساءً",
                          "المكان: مسرح عبدالحسين عبدالرضا - السالمية", "السعر: من 7 د.ك", "العمر: +12"])
    ch(page, "cta", "احجز تذكرتك", "أضف إلى التقويم")
    page.gap()
    ch(page, "label", "عن الفعالية")
    body_all(page, art, ctx)
    ch(page, "map", "عرض الموقع على الخريطة")
    ch(page, "share", "شارك الفعالية: واتساب | انستغرام | نسخ الرابط")
    items = []
    for i, t in enumerate(ctx.others(3)):
        items += [t, f"{12 + i} يناير 2026"]
    bl(page, "related-dated", ["فعاليات قد تعجبك"] + items)
    ch(page, "app", "حمّل التطبيق: App Store | Google Play")
    ch(page, "rights", "© 2025 تذاكر الكويت")
    finish(page)
