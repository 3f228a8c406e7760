"""سوق السيارات: a car-market article on a classifieds site. «أضف إعلانك مجاناً» button, login,
a search form (make, model, year from/to, price, «ابحث»), breadcrumb with «›», the article
(prices of used cars as a list in the body), «إعلانات مشابهة» listings each with price, year,
mileage and city on their own lines, a safety tips box, app badges, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "sayyarat", "name": "سوق السيارات", "host": "souq-sayyarat.test", "first": "2025-12-10T13:15"}


def url(art):
    return f"https://{SITE['host']}/blog/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "cta", "+ أضف إعلانك مجاناً")
    ch(page, "login", "دخول | تسجيل")
    page.gap()
    bl(page, "search-form", ["الماركة", "الموديل", "السنة من", "إلى", "السعر الأقصى", "ابحث"])
    ch(page, "breadcrumb", "الرئيسية › المدونة › نصائح الشراء")
    page.gap()
    page.title(art.title)
    ch(page, "date-numeric", f"{d.year}-{d.month:02d}-{d.day:02d}")
    page.gap()
    body_all(page, art, ctx)
    page.note("listings")
    page.gap()
    ch(page, "listings", "إعلانات مشابهة")
    for name, price, year, km, city in [("تويوتا كامري GLE", "68,000 ريال", "2020", "84,000 كم", "جدة"),
                                          ("هيونداي إلنترا سمارت", "49,500 ريال", "2021", "61,000 كم", "الرياض"),
                                          ("كيا سبورتاج", "72,000 ريال", "2021", "55,000 كم", "الدمام")]:
        page.gap()
        ch(page, "listings", name, price, f"{year} · {km}", city)
    bl(page, "safety-tips", ["نصائح الأمان", "لا تحوّل أي مبلغ قبل معاينة السيارة.", "افحص السيارة لدى مركز معتمد."])
    ch(page, "app", "حمّل التطبيق: App Store | Google Play")
    page.gap()
    ch(page, "rights", "© 2025 سوق السيارات. جميع الحقوق محفوظة.")
    finish(page)
