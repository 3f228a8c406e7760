"""عقارات كردستان: real-estate news (Iraq, Erbil): a prices ticker (per square metre), menu
one per line, category, the headline, «أربيل - عقارات كردستان» and a Levantine date, a dateline
paragraph, a prices table as rows with the currency in «$», a «إعلان» block with a listing (chrome)
splitting the text, «اقرأ المزيد: …», a WhatsApp promo, listings, rights.
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "iskan", "name": "عقارات كردستان", "host": "aqarat-kurdistan.test", "first": "2025-12-11T10:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def ad(page):
    bl(page, "ad-listing", ["إعلان", "شقة 3 غرف في دريم سيتي - 145,000$ - اتصل الآن"])


def render(art, ctx, page):
    d = art.date
    ch(page, "prices-ticker", "سعر المتر: عينكاوة 1,150$ | بختياري 1,400$ | 100 متري 950$")
    bl(page, "menu-lines", ["الرئيسية", "أخبار العقار", "للبيع", "للإيجار", "مشاريع"])
    ch(page, "category", "أخبار العقار")
    page.title(art.title)
    ch(page, "byline-city", f"أربيل - عقارات كردستان - {d.day} {month(d, 'levant')} {d.year}")
    page.gap()
    body_with(page, art, ctx, [ad])
    ch(page, "read-also-line", "اقرأ المزيد: " + ctx.others(1)[0])
    ch(page, "whatsapp", "للإعلان عن عقارك راسلنا على واتساب")
    bl(page, "listings", ["أحدث العروض", "فيلا في إيطالي سيتي - 420,000$", "محل تجاري في شارع 60 - 2,000$ شهرياً"])
    ch(page, "rights", "جميع الحقوق محفوظة لعقارات كردستان 2025")
    finish(page)
