"""دليل المشتري: a product review (a robot vacuum) on a reviews site: menu on one line with
English items, the category, the headline, «مراجعة: <name> | آخر تحديث: …», the verdict box
(«تقييمنا: 8.2/10», «السعر عند المراجعة: …»), a «أين تشتري» price widget (shop, price,
«اذهب إلى المتجر»), an affiliate notice, the review with subheadings, pros and cons lists,
«الحكم النهائي», readers' ratings, «مراجعات أخرى», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "murajaa", "name": "دليل المشتري", "host": "dalil-almushtari.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-english", "الرئيسية | Reviews | مقارنات | عروض اليوم | Deals")
    page.gap()
    ch(page, "category", "أجهزة منزلية")
    page.title(art.title)
    ch(page, "byline-date", f"مراجعة: {art.meta['author']} | آخر تحديث: {d.day}/{d.month}/{d.year}")
    page.gap()
    bl(page, "score-box", ["تقييمنا: 8.2/10", "السعر عند المراجعة: 1,299 ريال"])
    bl(page, "price-widget", ["أين تشتري", "متجر إلكترونيات الخليج - 1,249 ريال", "اذهب إلى المتجر", "سوق الأجهزة - 1,299 ريال", "اذهب إلى المتجر"])
    ch(page, "affiliate-disclaimer", "قد نحصل على عمولة عند الشراء من الروابط في هذه الصفحة، دون أي تكلفة إضافية عليك.")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "user-rating", ["تقييم القراء: ★★★★☆ (46 تقييماً)", "قيّم المنتج"])
    bl(page, "related", ["مراجعات أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "من نحن | سياسة المراجعة | اتصل بنا | الخصوصية")
    finish(page)
