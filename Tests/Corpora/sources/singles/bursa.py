"""مال وأعمال: a markets site's daily close report. A price ticker line at the top (index and
stock names with «▲ 0.8%» / «▼»), markets menu one per line, «أسواق» category, «بقلم:» byline
and «آخر تحديث: 14-12-2025 | 15:20» date, the report with an index figure, top gainers and
losers as lists in the body, a delayed-data disclaimer, «مؤشرات الأسواق» widget with figures,
newsletter sign-up, English «Powered by» data line, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "bursa", "name": "مال وأعمال", "host": "mal-aamal.test", "first": "2025-12-14T15:20"}


def url(art):
    return f"https://{SITE['host']}/markets/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "price-ticker", "المؤشر العام 11,842.6 ▲ 0.84% | برنت 74.10 ▼ 0.31% | الذهب 2,651 ▲ 0.12% | الدولار/اليورو 0.951 ▼")
    page.gap()
    bl(page, "menu-lines", ["الأسواق", "الشركات", "العقارات", "الطاقة", "العملات الرقمية", "رأي"])
    ch(page, "category", "أسواق")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", "بقلم: رنا القحطاني")
    ch(page, "date-dashes-pipe", f"آخر تحديث: {d.day}-{d.month}-{d.year} | {d.hour:02d}:{d.minute:02d}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["البيانات متأخرة 15 دقيقة. المعلومات الواردة لا تعد توصية بالشراء أو البيع."])
    bl(page, "markets-widget", ["مؤشرات الأسواق", "تاسي 11,842.6 +98.7", "دبي 5,112.3 -4.2", "قطر 10,604.9 +21.5", "الكويت 7,730.1 +0.9"])
    bl(page, "newsletter", ["النشرة الاقتصادية الصباحية", "بريدك الإلكتروني", "اشترك"])
    ch(page, "english-widget", "Market data powered by MarketFeed")
    page.gap()
    ch(page, "rights", "جميع الحقوق محفوظة © مال وأعمال")
    finish(page)
