"""الصرّاف: a currency-rates page. A currency ticker line (pairs with arrows), a converter
widget («حوّل العملات», «المبلغ», «من», «إلى», «تحويل»), the title with the date, «تحديث
تلقائي كل 10 دقائق», the rates table in the body as lines «العملة | الشراء | البيع» under a
subheading (body), a short analysis, the rates' disclaimer, «عملات أخرى» links one per line,
a French-language switch «Français», footer. Arabic-Indic digits in the chrome only.
"""
from _common import bl, body_all, ch, finish, long_date
from generate import indic

SITE = {"id": "sarraf", "name": "الصرّاف", "host": "alsarraf-rates.test", "first": "2025-12-14T10:00"}


def url(art):
    return f"https://{SITE['host']}/rates/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "currency-ticker", "USD ٤٨٫٢٠ ▲  EUR ٥٠٫٦١ ▼  SAR ١٢٫٨٤ ▲  AED ١٣٫١٢ ▲  KWD ١٥٦٫٩٠ ▼")
    page.gap()
    ch(page, "menu-one-line", "الرئيسية | أسعار العملات | أسعار الذهب | البنوك | أخبار الاقتصاد | Français")
    page.gap()
    bl(page, "converter", ["حوّل العملات", "المبلغ", "من", "إلى", "تحويل"])
    page.title(art.title)
    ch(page, "auto-update", f"تحديث تلقائي كل ١٠ دقائق — آخر تحديث {indic(d.hour)}:{indic(f'{d.minute:02d}')}")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["الأسعار المعروضة استرشادية وقد تختلف من بنك لآخر."])
    bl(page, "links", ["عملات أخرى", "سعر الريال السعودي", "سعر الدرهم الإماراتي", "سعر الدينار الكويتي", "سعر اليورو"])
    ch(page, "rights", f"الصرّاف © {indic(d.year)}")
    finish(page)
