"""فعاليات الدوحة (an events-calendar site, Qatar): «English | عربي», a menu one per line, the
month's calendar grid («ديسمبر 2025», the weekday letters, the day numbers in rows), category
filters «الكل · ثقافة · رياضة · عائلي · معارض», the event's headline, its fact box (date, time,
venue, tickets, age), «أضف إلى التقويم: Google | Outlook | iCal», the description (paragraphs,
a programme list), «احجز تذكرتك», a map line, «فعاليات قادمة» with dates, an organiser's
«هل تنظّم فعالية؟ أضفها مجاناً» pitch, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "taqwim", "name": "فعاليات الدوحة", "host": "doha-events.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/event/{art.slug}"


def render(art, ctx, page):
    ch(page, "language-switch", "English | عربي")
    bl(page, "menu-lines", ["الفعاليات", "التقويم", "الأماكن", "أضف فعالية"])
    bl(page, "calendar", ["ديسمبر 2025", "ح ن ث ر خ ج س", "1 2 3 4 5 6", "7 8 9 10 11 12 13",
                          "14 15 16 17 18 19 20", "21 22 23 24 25 26 27", "28 29 30 31"])
    ch(page, "filters", "الكل · ثقافة · رياضة · عائلي · معارض")
    page.gap()
    page.title(art.title)
    bl(page, "fact-box", ["التاريخ: 18 - 27 ديسمبر 2025", "الوقت: 4:00 م - 11:00 م", "المكان: حديقة البدع",
                          "التذاكر: مجاناً", "العمر: جميع الأعمار"])
    ch(page, "calendar-add", "أضف إلى التقويم: Google | Outlook | iCal")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "cta", "احجز تذكرتك")
    ch(page, "map-link", "عرض الموقع على الخريطة")
    lines = ["فعاليات قادمة"]
    for i, t in enumerate(ctx.others(3)):
        lines += [f"{20 + 3 * i} ديسمبر", t]
    bl(page, "events", lines)
    ch(page, "ugc-pitch", "هل تنظّم فعالية؟ أضفها مجاناً ليراها آلاف الزوار.")
    ch(page, "rights", "© 2025 فعاليات الدوحة")
    finish(page)
