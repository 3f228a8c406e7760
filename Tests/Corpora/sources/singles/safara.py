"""سفارة جمهورية الوادي: an embassy's announcement page: a bilingual header, a language switch
(«English | عربي»), an English menu, an «إعلان» label over the headline, the headline, the
date, the announcement (body), a consular contact box (phone, e-mail, working hours: not
body), a «previous announcements» list, an address footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "safara", "name": "سفارة جمهورية الوادي", "host": "wadi-embassy.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/announcements/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "Embassy of the Republic of Wadi | سفارة جمهورية الوادي")
    ch(page, "language-switch", "English | عربي")
    ch(page, "english-widget", "Home | The Embassy | Consular Services | News | Contact")
    page.gap()
    ch(page, "label", "إعلان")
    page.title(art.title)
    ch(page, "date-numeric", f"{d.day:02d}-{d.month:02d}-{d.year}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "contact-box", ["القسم القنصلي", "هاتف الطوارئ: +000 55 123 4567", "البريد الإلكتروني: consular@wadi-embassy.test",
                             "ساعات العمل: الأحد - الخميس 9:00 - 14:00"])
    bl(page, "related", ["إعلانات سابقة"] + ctx.others(3))
    ch(page, "footer-address", "Embassy of the Republic of Wadi - 14 Diplomatic Quarter - All rights reserved")
    finish(page)
