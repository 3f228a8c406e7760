"""رحلات وأسفار: a travel guide. Site header with tagline, a destinations menu on one line with
«-», a booking widget («احجز فندقك», «تاريخ الوصول», «تاريخ المغادرة», «عدد الضيوف», «ابحث»),
the title after the breadcrumb «الرئيسية / وجهات / آسيا», author with «آخر تحديث:», an
in-body photo caption with «(صورة: …)» credit under it, subheadings and a list of places,
«معلومات سريعة» fact box in the body run (chrome), «قد يعجبك أيضاً» teasers with a summary,
Instagram follow, footer.
"""
from _common import bl, body_all, ch, finish, teasers, long_date

SITE = {"id": "rihla", "name": "رحلات وأسفار", "host": "rahalat-asfar.test", "first": "2025-12-05T09:00"}


def url(art):
    return f"https://{SITE['host']}/destinations/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "رحلات وأسفار")
    ch(page, "tagline", "دليلك العربي إلى العالم")
    page.gap()
    ch(page, "menu-one-line", "وجهات - فنادق - نصائح السفر - تأشيرات - عروض")
    page.gap()
    bl(page, "booking-widget", ["احجز فندقك", "تاريخ الوصول", "تاريخ المغادرة", "عدد الضيوف", "ابحث"])
    ch(page, "breadcrumb", "الرئيسية / وجهات / آسيا")
    page.title(art.title)
    ch(page, "byline-date", f"بقلم {art.get('author')} | آخر تحديث: {long_date(d, comma=False)}")
    page.gap()

    def cap(page, value):
        page.caption(value)
        ch(page, "photo-credit", "(صورة: أرشيف رحلات وأسفار)")

    body_all(page, art, ctx, caption=cap)
    bl(page, "fact-box", ["معلومات سريعة", "العملة: الرينغيت الماليزي", "أفضل وقت للزيارة: من ديسمبر إلى أبريل", "مدة الرحلة المقترحة: 5 أيام"])
    page.note("related-summaries")
    page.gap()
    ch(page, "related-summaries", "قد يعجبك أيضاً")
    for head, summ in teasers(ctx, 2):
        ch(page, "related-summaries", head, summ)
    page.gap()
    ch(page, "social-follow", "تابعونا على إنستغرام @rahalat.asfar")
    ch(page, "rights", "جميع الحقوق محفوظة © رحلات وأسفار")
    finish(page)
