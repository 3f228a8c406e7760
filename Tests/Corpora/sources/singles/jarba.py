"""رحّالة تونس: a travel guide on a WordPress travel blog (Tunisia): a top bar with social
icons, menu one per line, the category, the headline, «بواسطة … | تم التحديث في …», an
affiliate notice, a table of contents («محتويات المقال» and its entries), the guide with
subheadings and lists, a booking box («ابحث عن فندق في جربة» / «تحقق من الأسعار») inside
the text, «شارك هذا الدليل», an author box, «أدلة سفر أخرى», a WordPress comment form.
"""
from _common import bl, body_with, ch, finish
from generate import month

SITE = {"id": "jarba", "name": "رحّالة تونس", "host": "rahhala-tn.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/guides/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "social-follow", "فيسبوك  إنستغرام  يوتيوب")
    bl(page, "menu-lines", ["الرئيسية", "وجهات", "نصائح السفر", "فنادق", "من أنا"])
    ch(page, "category", "وجهات تونسية")
    page.title(art.title)
    ch(page, "byline-date", f"بواسطة {art.meta['author']} | تم التحديث في {d.day} {month(d, 'algeria')} {d.year}")
    page.gap()
    ch(page, "affiliate-disclaimer", "تحتوي هذه الصفحة على روابط حجز، وقد نحصل على عمولة صغيرة إذا حجزت من خلالها.")
    page.gap()
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات المقال"] + heads)
    body_with(page, art, ctx, [lambda p: bl(p, "booking-widget", ["ابحث عن فندق في جربة", "تاريخ الوصول", "تاريخ المغادرة", "تحقق من الأسعار"])])
    ch(page, "share", "شارك هذا الدليل: فيسبوك | بنترست | واتساب")
    bl(page, "author-bio", [art.meta["author"], "مدونة ومصورة تجوب المدن التونسية منذ عشر سنوات، وتكتب عن السفر الاقتصادي."])
    bl(page, "related", ["أدلة سفر أخرى"] + ctx.others(3))
    bl(page, "comment-form", ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *", "إرسال التعليق"])
    finish(page)
