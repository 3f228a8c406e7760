"""الرأي الكويتية (fictional): a Gulf daily paper. Edition line «العدد 4512 - الأحد 14
ديسمبر 2025», «كتبت: …» byline, a photo gallery with «1 / 6» counters and captions
(the first caption being the article's caption), an «إعلان» label between paragraphs,
«للاشتراك في خدمة الواتساب اضغط هنا», «الأكثر مشاهدة», a footer.
"""
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "rai", "name": "الرأي اليوم", "host": "alrai-alyoum.test", "first": "2025-12-14T06:00"}


def url(art):
    return f"https://{SITE['host']}/article/{art.slug}/local"


def render(art, ctx, page):
    ch(page, "site-header", "الرأي اليوم")
    ch(page, "issue-number", f"العدد 4512 - {long_date(art.date, comma=False)}")
    page.gap()
    ch(page, "menu-one-line", "محليات · برلمان · اقتصاد · رياضة · دوليات · فنون · مقالات")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"كتبت: {art.get('author')}")
    page.gap()
    page.note("gallery")
    for i in range(1, 4):
        page.add(f"{i} / 6", "chrome", "gallery")
        page.caption(art.get(f"photo{i}"))
    page.gap()
    page.note("ad-label")

    def ad(p):
        p.add("إعلان", "chrome", "ad-in-body")
    body_all(page, art, ctx, readalso=ad)
    page.notes.remove("read-also-in-body")  # the in-body spots are ads here
    page.note("ad-in-body")
    bl(page, "whatsapp-promo", ["للاشتراك في خدمة الواتساب اضغط هنا"])
    bl(page, "most-read", ["الأكثر مشاهدة"] + ctx.others(4))
    ch(page, "footer-one-line", "من نحن - اتصل بنا - الإعلانات - الأرشيف")
    ch(page, "rights", "جميع الحقوق محفوظة لجريدة الرأي اليوم ©")
    finish(page)
