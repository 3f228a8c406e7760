"""الهيئة العامة للسياحة والتراث: a tourism board's event announcement. A government top bar
(«بوابة الحكومة الإلكترونية»), the menu one per line, the title under «الفعاليات», Hijri date
only («٢٣ جمادى الآخرة ١٤٤٧هـ»), the event text with the programme as dated lines in the body,
«موقع الفعالية» map link, «أضف إلى التقويم», a share row «مشاركة: X واتساب نسخ الرابط»,
«فعاليات أخرى» list with dates, footer with a hotline number.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, indic

SITE = {"id": "mawsim", "name": "الهيئة العامة للسياحة والتراث", "host": "tourism-heritage.gov.test", "first": "2025-12-14T09:30"}


def url(art):
    return f"https://{SITE['host']}/events/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "gov-topbar", "بوابة الحكومة الإلكترونية")
    page.gap()
    bl(page, "menu-lines", ["الرئيسية", "اكتشف", "الفعاليات", "التراث", "الخدمات", "المركز الإعلامي"])
    ch(page, "category", "الفعاليات")
    page.gap()
    page.title(art.title)
    ch(page, "date-hijri-only", indic(hijri_text(d)) + "هـ")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "map-link", ["موقع الفعالية على الخريطة", "أضف إلى التقويم"])
    ch(page, "share", "مشاركة: X واتساب نسخ الرابط")
    page.gap()
    bl(page, "latest", ["فعاليات أخرى"] + [f"{t} - {indic(d.day + 7 + i)} ديسمبر" for i, t in enumerate(ctx.others(3))])
    bl(page, "footer", ["الرقم الموحد للسياحة: 930", "سياسة الخصوصية", "إمكانية الوصول", "© الهيئة العامة للسياحة والتراث"])
    finish(page)
