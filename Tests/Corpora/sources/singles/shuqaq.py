"""بيتك (a Jordanian real-estate classifieds site): «أضف إعلانك مجاناً | دخول», the search bar
(«بيع | إيجار», «المدينة», «نوع العقار», «بحث»), a breadcrumb, the listing's headline, its price
«185,000 دينار», «رقم الإعلان: 48213 · نُشر منذ يومين · 1,932 مشاهدة», the specs box
(«المساحة: 180 م²», «غرف النوم: 3», …), the description (paragraphs and a features list),
«إظهار رقم الهاتف», «راسل المعلن عبر واتساب», «أضف إلى المفضلة | مشاركة | إبلاغ», the
advertiser box, a mortgage calculator, a safety tip sentence, «إعلانات مشابهة» with prices, footer.
Gold: the listing's description is the article; the specs, price and advertiser are not.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "shuqaq", "name": "بيتك", "host": "baitak-jo.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/listing/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "أضف إعلانك مجاناً | دخول")
    bl(page, "search-form", ["بيع | إيجار", "المدينة", "نوع العقار", "بحث"])
    ch(page, "breadcrumb", "عقارات للبيع > عمّان > شقق > خلدا")
    page.gap()
    page.title(art.title)
    ch(page, "price-box", "185,000 دينار")
    ch(page, "listing-meta", f"رقم الإعلان: 48213 · نُشر {ago(2 * 24 * 60)} · 1,932 مشاهدة")
    bl(page, "fact-box", ["المساحة: 180 م²", "غرف النوم: 3", "الحمامات: 3", "الطابق: الثاني",
                          "عمر البناء: 0 - 11 شهر", "التشطيب: سوبر ديلوكس"])
    ch(page, "label", "الوصف")
    body_all(page, art, ctx)
    ch(page, "cta", "إظهار رقم الهاتف")
    ch(page, "cta", "راسل المعلن عبر واتساب")
    ch(page, "share", "أضف إلى المفضلة | مشاركة | إبلاغ")
    bl(page, "contact-box", ["المعلن: شركة الريان للإسكان", "عضو منذ 2019", "عرض كل إعلانات المعلن (37)"])
    bl(page, "calculator", ["احسب قسطك الشهري", "الدفعة الأولى", "مدة القرض بالسنوات", "احسب"])
    ch(page, "safety-tips", "نصيحة: لا تحوّل أي مبلغ قبل معاينة العقار والتأكد من أوراق الملكية.")
    lines = ["إعلانات مشابهة"]
    for i, t in enumerate(ctx.others(3)):
        lines += [t, f"{150 + 20 * i},000 دينار"]
    bl(page, "listings", lines)
    ch(page, "rights", "© 2025 بيتك - جميع الحقوق محفوظة")
    finish(page)
