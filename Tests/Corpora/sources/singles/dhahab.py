"""ذهب اليوم: a gold-prices article on a WordPress news template. A breaking bar «عاجل» in
red (one line), the headline twice (a «title | ذهب اليوم» line, then the headline), a price
box at the top («عيار 21», «4,175 جنيه», «▲ 15»: chrome), the article with karat prices as
a list in the body, «تنويه:» note, WhatsApp channel promo, «مقالات ذات صلة» with dates, a
Google-News follow line, a WordPress comment form, footer.
"""
from _common import bl, body_all, ch, finish, long_date, ampm

SITE = {"id": "dhahab", "name": "ذهب اليوم", "host": "dahab-alyoum.test", "first": "2025-12-14T11:45"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "title-suffix-line", f"{art.title} | ذهب اليوم")
    page.gap()
    ch(page, "label-breaking", "عاجل")
    ch(page, "ticker", ctx.others(1)[0])
    page.gap()
    bl(page, "price-box", ["عيار 21", "4,175 جنيه", "▲ 15", "عيار 24", "4,771 جنيه", "الجنيه الذهب", "33,400 جنيه"])
    page.title(art.title)
    ch(page, "byline-date", f"محمود فتحي {long_date(d)} {ampm(d)}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["تنويه: الأسعار الواردة لا تشمل المصنعية وقد تختلف من محل لآخر."])
    bl(page, "whatsapp-promo", ["تابع أسعار الذهب لحظة بلحظة عبر قناتنا على واتساب"])
    items = ctx.others(3)
    bl(page, "related", ["مقالات ذات صلة"] + [x for t in items for x in (t, long_date(d, comma=False))])
    ch(page, "google-news", "تابعونا على Google News")
    bl(page, "comment-form", ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *", "إرسال التعليق"])
    ch(page, "rights", "جميع الحقوق محفوظة لموقع ذهب اليوم 2025")
    finish(page)
