"""وكالة النهر للأنباء (a Sudanese news agency): the agency's name, «الإثنين ١٤ ديسمبر ٢٠٢٥»
in Arabic-Indic digits, menu one per line, «الخرطوم: ١٤ ديسمبر (النهر)» as the line
above the text, the headline above it, the text with a quoted statement, the agency's
sign-off «(النهر) م ع / س ص», «تابعونا على قناتنا في واتساب», «اقرأ أيضاً» list, footer.
"""
from _common import bl, body_all, ch, finish
from generate import indic, month, weekday

SITE = {"id": "nahr", "name": "وكالة النهر للأنباء", "host": "nahr-news.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "وكالة النهر للأنباء")
    ch(page, "date-indic", f"{weekday(d)} {indic(d.day)} {month(d)} {indic(d.year)}")
    bl(page, "menu-lines", ["الرئيسية", "سياسة", "اقتصاد", "ولايات", "صحة", "رياضة"])
    page.title(art.title)
    page.gap()
    ch(page, "dateline-line", f"بورتسودان: {indic(d.day)} {month(d)} (النهر)")
    body_all(page, art, ctx)
    ch(page, "signature", "(النهر) م ع / س ص")
    page.gap()
    ch(page, "whatsapp-promo", "تابعونا على قناتنا في واتساب")
    bl(page, "read-also-box", ["اقرأ أيضاً"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة لوكالة النهر للأنباء ٢٠٢٥")
    finish(page)
