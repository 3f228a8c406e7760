"""بيتك: a real-estate portal's market article. Buy/rent tabs and a property search form,
«عقارات» category, the title, «فريق تحرير بيتك» and a Levantine date, the article with a
price-per-metre list in the body and a subheading, «عقارات مميزة» listings (price, «3 غرف · 2
حمام · 140 م²», district), a mortgage calculator widget, a «هل تبيع عقارك؟» pitch, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "aqarat", "name": "بيتك", "host": "baytak-property.test", "first": "2025-12-09T12:00"}


def url(art):
    return f"https://{SITE['host']}/ar/insights/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "tabs", "شراء | إيجار | مشاريع جديدة | أسعار العقارات")
    page.gap()
    bl(page, "search-form", ["نوع العقار", "المدينة أو الحي", "عدد الغرف", "بحث"])
    ch(page, "category", "عقارات")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"فريق تحرير بيتك - {d.day} {month(d, 'levant')} {d.year}")
    page.gap()
    body_all(page, art, ctx)
    page.gap()
    ch(page, "listings", "عقارات مميزة")
    for price, spec, place in [("95,000 دينار", "3 غرف · 2 حمام · 140 م²", "عبدون"),
                               ("62,000 دينار", "2 غرف · 1 حمام · 98 م²", "الجبيهة"),
                               ("148,000 دينار", "4 غرف · 3 حمام · 210 م²", "دابوق")]:
        page.gap()
        ch(page, "listings", price, spec, place, "شقة للبيع")
    bl(page, "calculator", ["حاسبة التمويل العقاري", "قيمة العقار", "الدفعة الأولى", "مدة التمويل بالسنوات", "احسب"])
    bl(page, "cta", ["هل تبيع عقارك؟ أضفه الآن واصل إلى آلاف المشترين"])
    ch(page, "footer-one-line", "عن بيتك | وظائف | اتصل بنا | الشروط والأحكام")
    ch(page, "rights", "© بيتك 2025")
    finish(page)
