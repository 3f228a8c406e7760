"""A Google cache copy of a Libyan news page: the cache banner's sentences («هذه هي النسخة
المخبأة من … في Google. …», «قد تكون الصفحة الحالية قد تغيرت…», «النسخة الكاملة»,
«النسخة النصية فقط», «عرض المصدر», «نصيحة: للعثور على مصطلح البحث…»), then the site's page:
header, date, menu, the headline, «الكاتب: …», views, the news, «Visited 212 times, 3
visit(s) today», «كن أول من يعلق», related, rights.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "mukhabba", "name": "فزان اليوم", "host": "fezzan-alyawm.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://cache.search.test/cache?q=fezzan-alyawm.test/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "cache-banner",
       f"هذه هي النسخة المخبأة من https://fezzan-alyawm.test/{art.slug} في Google. وهي لقطة للصفحة كما ظهرت في {d.day} ديسمبر {d.year} {d.hour:02d}:{d.minute:02d}:00 GMT.",
       "قد تكون الصفحة الحالية قد تغيرت في هذه الأثناء. مزيد من المعلومات.",
       "النسخة الكاملة", "النسخة النصية فقط", "عرض المصدر",
       "نصيحة: للعثور على مصطلح البحث بسرعة على هذه الصفحة، اضغط على Ctrl+F أو ⌘-F (Mac) واستخدم شريط البحث.")
    page.gap()
    ch(page, "site-header", "فزان اليوم")
    ch(page, "date-numeric", f"{d.day}/{d.month}/{d.year}")
    ch(page, "menu-one-line", "الرئيسية / محليات / اقتصاد / رياضة / منوعات")
    page.gap()
    page.title(art.title)
    ch(page, "byline", f"الكاتب: {art.meta['author']}")
    ch(page, "counter-views", "المشاهدات: 212")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "counter-visitors", "Visited 212 times, 3 visit(s) today")
    ch(page, "comments-empty", "كن أول من يعلق")
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة لموقع فزان اليوم 2025")
    finish(page)
