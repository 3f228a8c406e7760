"""سوق الجملة اليوم (a daily wholesale-market price page, Oman): a currency and weather strip,
«تحديث الأسعار يومياً عند 7:00 صباحاً», a menu one per line, the headline, «آخر تحديث: اليوم
07:15 ص», a short lead-in sentence, the prices as table rows in the text («الصنف | الوحدة | أدنى
سعر | أعلى سعر», vegetables then fruits under subheadings), a closing note on the sources of the
prices, «الأسعار استرشادية وقد تختلف من بائع لآخر» (not body: a disclaimer), «شارك الأسعار
على واتساب», «أسعار الأمس | أسعار الأسبوع», a price-alert sign-up, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "hisba", "name": "سوق الجملة اليوم", "host": "souq-aljumla.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/prices/{art.slug}"


def render(art, ctx, page):
    ch(page, "rates-ticker", "USD 0.385 ر.ع | EUR 0.452 ر.ع | مسقط 27°")
    ch(page, "notice-sentence", "تحديث الأسعار يومياً عند 7:00 صباحاً")
    bl(page, "menu-lines", ["الخضار", "الفواكه", "الأسماك", "اللحوم", "أسعار الوقود"])
    page.title(art.title)
    ch(page, "date-updated", "آخر تحديث: اليوم 07:15 ص")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "disclaimer", "الأسعار استرشادية وقد تختلف من بائع لآخر.")
    ch(page, "share", "شارك الأسعار على واتساب")
    ch(page, "tabs", "أسعار الأمس | أسعار الأسبوع")
    bl(page, "newsletter", ["فعّل تنبيه الأسعار ليصلك سعر الصنف الذي تتابعه كل صباح.", "رقم الهاتف", "تفعيل"])
    ch(page, "rights", "© 2025 سوق الجملة اليوم - جميع الحقوق محفوظة")
    finish(page)
