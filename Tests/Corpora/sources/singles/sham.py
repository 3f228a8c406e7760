"""دمشق اليوم (a Syrian news portal): a ticker «عاجل | …», a one-per-line menu, a Levantine date
with «آخر تحديث: … منذ ساعتين», the category, the headline, «دمشق - دمشق اليوم», an electricity
rationing schedule given as table rows in the text («المنطقة | ساعات الوصل | ساعات القطع»), a
Telegram promo as a sentence, «شارك:» row, «مواضيع ذات صلة» list, a numbered «الأكثر تداولاً»
sidebar, the site's «من نحن» blurb, footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago, month

SITE = {"id": "sham", "name": "دمشق اليوم", "host": "dimashq-alyawm.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/local/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "ticker", f"عاجل | {ctx.others(1)[0]}")
    bl(page, "menu-lines", ["الرئيسية", "محليات", "اقتصاد", "خدمات", "منوعات", "رياضة"])
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year}")
    ch(page, "date-updated-relative", f"آخر تحديث: {ago(120)}")
    page.gap()
    ch(page, "category", "خدمات")
    page.title(art.title)
    page.gap()
    ch(page, "byline-place", "دمشق - دمشق اليوم")
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "telegram-promo", "تابعوا آخر أخبار الخدمات في دمشق وريفها عبر قناتنا على تلغرام.")
    ch(page, "share", "شارك: فيسبوك | تلغرام | واتساب | نسخ الرابط")
    bl(page, "related", ["مواضيع ذات صلة"] + ctx.others(3))
    bl(page, "most-read", ["الأكثر تداولاً"] + [f"{i}- {t}" for i, t in enumerate(ctx.others(4), 1)])
    bl(page, "footer-about", ["دمشق اليوم موقع إخباري مستقل يهتم بشؤون العاصمة وخدماتها اليومية ويصدر منذ عام 2016."])
    ch(page, "rights", "جميع الحقوق محفوظة لموقع دمشق اليوم © 2025")
    finish(page)
