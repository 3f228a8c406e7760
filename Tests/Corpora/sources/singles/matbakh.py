"""مطبخ ست البيت: a recipe site. The recipe's headline, rating and review counter, prep
time, cooking time and servings lines, «اطبع الوصفة» and «احفظ الوصفة», an intro paragraph,
then the body: «المقادير» with a list of short items (body lines that look like chrome)
and «طريقة التحضير» with numbered steps, a tip line; «وصفات مشابهة», «تقييمك للوصفة»
poll-like stars, a newsletter blurb.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "matbakh", "name": "مطبخ ست البيت", "host": "matbakh-sitt.test", "first": "2025-11-18T10:00"}


def url(art):
    return f"https://{SITE['host']}/recipes/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية | وصفات سريعة | حلويات | مقبلات | أطباق رئيسية | مشروبات")
    ch(page, "search", "ابحث عن وصفة...")
    page.gap()
    ch(page, "breadcrumb", "الرئيسية » أطباق رئيسية » أرز")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "rating", "★★★★☆ 4.6 (213 تقييم)")
    bl(page, "recipe-meta", ["وقت التحضير: 20 دقيقة", "وقت الطهي: 45 دقيقة", "عدد الأشخاص: 6"])
    ch(page, "share", "اطبع الوصفة | احفظ الوصفة | شارك")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    page.note("body-ingredients")
    body_all(page, art, ctx)
    bl(page, "related", ["وصفات مشابهة"] + ctx.others(4))
    bl(page, "poll", ["ما تقييمك لهذه الوصفة؟", "☆☆☆☆☆", "أرسل تقييمك"])
    bl(page, "newsletter", ["وصفة جديدة كل يوم في بريدك", "بريدك الإلكتروني", "اشتركي"])
    ch(page, "rights", "جميع الحقوق محفوظة © مطبخ ست البيت")
    finish(page)
