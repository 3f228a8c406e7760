"""أروقة المحاكم (an Egyptian court-news site): a breaking bar, the menu one per line, the breadcrumb
«الرئيسية › حوادث وقضايا › محاكم», the headline, a deck (lead), «كتب - …», «الأحد، 14 ديسمبر 2025
03:12 م», a case box (case number, court, charge), the text with the ruling's wording quoted,
«تنويه: يحق للمتهمين الطعن على الحكم أمام محكمة النقض خلال 60 يوماً.», the site's right-of-reply
sentence, «الأكثر قراءة» numbered, «تابعونا على Google News», footer.
"""
from _common import ampm, bl, body_all, ch, finish, long_date

SITE = {"id": "mahakim", "name": "أروقة المحاكم", "host": "arwiqat-almahakim.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/courts/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "label-breaking", f"عاجل: {ctx.others(1)[0]}")
    bl(page, "menu-lines", ["الرئيسية", "حوادث وقضايا", "محاكم", "تحقيقات", "استشارات قانونية"])
    ch(page, "breadcrumb", "الرئيسية › حوادث وقضايا › محاكم")
    page.gap()
    page.title(art.title)
    page.gap()
    page.para(art.get("lead"))
    page.note("lead")
    page.gap()
    ch(page, "byline", f"كتب - {art.get('author')}")
    ch(page, "date-weekday-ampm", f"{long_date(d)} {ampm(d)}")
    bl(page, "fact-box", ["رقم القضية: 8841 لسنة 2025 جنايات الجيزة", "المحكمة: الدائرة الخامسة جنايات",
                          "التهمة: الاستيلاء على أموال عامة"])
    body_all(page, art, ctx)
    ch(page, "notice-sentence", "تنويه: يحق للمتهمين الطعن على الحكم أمام محكمة النقض خلال 60 يوماً.")
    ch(page, "right-of-reply", "يلتزم الموقع بنشر حق الرد لكل من يرد اسمه في أخبار القضايا وفق القانون.")
    bl(page, "most-read", ["الأكثر قراءة"] + [f"{i} {t}" for i, t in enumerate(ctx.others(4), 1)])
    ch(page, "google-news", "تابعونا على Google News")
    ch(page, "rights", "جميع الحقوق محفوظة © أروقة المحاكم 2025")
    finish(page)
