"""شاشة وسينما: a film review. Menu on one line with spaces, «مراجعات» category, the title,
the critic and date «2025/12/12», a film card above the text («الفيلم: …», «إخراج: …», «مدة
العرض: 112 دقيقة», «التصنيف: +13»: chrome), a stars line «★★★½», the review with a spoiler
warning line («تحذير: تحتوي الفقرة التالية على حرق للأحداث»: chrome), «تقييم القراء»,
«مراجعات أخرى» list, readers' comments (name, date, text), footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "sinima", "name": "شاشة وسينما", "host": "shasha-cinema.test", "first": "2025-12-12T20:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-one-line", "أخبار   مراجعات   مهرجانات   مسلسلات   حوارات")
    page.gap()
    ch(page, "category", "مراجعات")
    page.title(art.title)
    ch(page, "byline-date", f"{art.get('author')} | {d.year}/{d.month:02d}/{d.day:02d}")
    page.gap()
    bl(page, "film-card", ["الفيلم: ظل النخلة", "إخراج: وليد عيسى", "مدة العرض: 112 دقيقة", "التصنيف: +13"])
    ch(page, "rating", "★★★½")
    page.gap()
    paras = [v for k, v in art.blocks if k == "para"]
    warn_before = paras[3]
    for kind, value in art.blocks:
        page.gap()
        if value == warn_before:
            ch(page, "spoiler-warning", "تحذير: تحتوي الفقرة التالية على حرق للأحداث")
        page.para(value)
    page.gap()
    bl(page, "user-rating", ["تقييم القراء", "3.8 من 5 (96 صوتاً)"])
    bl(page, "related", ["مراجعات أخرى"] + ctx.others(3))
    page.gap()
    ch(page, "readers-comments", "التعليقات (2)")
    page.gap()
    ch(page, "readers-comments", "سامر", "منذ يوم", "شاهدته أمس، والتصوير فعلاً أجمل ما فيه.")
    page.gap()
    ch(page, "readers-comments", "هالة م.", "منذ 5 ساعات", "لم تعجبني النهاية، شعرت أنها مستعجلة.")
    page.gap()
    ch(page, "footer-one-line", "© شاشة وسينما 2025 - جميع الحقوق محفوظة")
    finish(page)
