"""وظائف اليوم: a job-news page. «أضف سيرتك الذاتية» and login, the menu one per line with
trailing spaces, breadcrumb «الرئيسية » وظائف حكومية », the title with «| وظائف اليوم»
suffix printed on top, «نشر منذ 3 ساعات · 1,240 مشاهدة», the article: intro, positions list,
conditions list, «طريقة التقديم» subheading and paragraph (body), a «تقديم الآن» button, a
Telegram channel promo, a fraud warning («تنبيه: الموقع لا يطلب أي رسوم…»), «وظائف مشابهة»
(title, city, «منذ يومين»), footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "wazaif", "name": "وظائف اليوم", "host": "wazaif-alyawm.test", "first": "2025-12-14T09:00"}


def url(art):
    return f"https://{SITE['host']}/jobs/{art.slug}"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} | وظائف اليوم")
    page.gap()
    ch(page, "cta", "أضف سيرتك الذاتية")
    ch(page, "login", "دخول")
    page.gap()
    bl(page, "menu-lines", ["وظائف حكومية  ", "وظائف شركات  ", "وظائف عسكرية  ", "وظائف نسائية  ", "دورات تدريبية  "])
    ch(page, "breadcrumb", "الرئيسية » وظائف حكومية »")
    page.title(art.title)
    ch(page, "counter-views", f"نشر {ago(int((ctx.crawled - art.date).total_seconds() // 60))} · 1,240 مشاهدة")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "cta", ["تقديم الآن"])
    bl(page, "telegram-promo", ["انضم إلى قناتنا على تيليجرام ليصلك كل إعلان وظيفي فور نشره"])
    bl(page, "disclaimer", ["تنبيه: الموقع لا يطلب أي رسوم مقابل التوظيف، ولا علاقة له بالجهات المعلنة."])
    page.gap()
    ch(page, "related", "وظائف مشابهة")
    for i, t in enumerate(ctx.others(3)):
        page.gap()
        ch(page, "related", t, ["الرياض", "جدة", "الدمام"][i], ago(60 * 24 * (i + 2)))
    page.gap()
    ch(page, "rights", "جميع الحقوق محفوظة © وظائف اليوم 2025")
    finish(page)
