"""موائد: a recipe site's page with a video. A search line, a one-line menu, the title,
«بواسطة الشيف …», rating «★★★★☆ (86 تقييماً)», prep/cook/servings lines, a video box
(«▶ شاهد طريقة التحضير», «مدة الفيديو 4:20», the video's caption: a sentence about the
video), «المكونات» and «طريقة التحضير» subheadings with ingredient lines and numbered steps
(body), a step photo caption with no credit, «نصيحة الشيف: …» (body), «اطبع الوصفة»,
users' reviews with stars, «وصفات قد تعجبك» with one-line summaries, a cookie sentence.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "mawaed", "name": "موائد", "host": "mawaed-kitchen.test", "first": "2025-12-05T12:00"}


def url(art):
    return f"https://{SITE['host']}/recipe/{art.slug}"


def render(art, ctx, page):
    ch(page, "search", "ابحث عن وصفة أو مكون...")
    ch(page, "menu-one-line", "وصفات سريعة - حلويات - أطباق رئيسية - سلطات - مشروبات - رمضان")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"بواسطة الشيف {art.get('author')}")
    ch(page, "rating", "★★★★☆ (86 تقييماً)")
    page.gap()
    bl(page, "recipe-meta", ["وقت التحضير: 20 دقيقة", "وقت الطهي: 35 دقيقة", "عدد الحصص: 4"])
    ch(page, "video-player", "▶ شاهد طريقة التحضير")
    ch(page, "video-duration", "مدة الفيديو 4:20")
    page.caption(art.get("caption"))
    page.note("video-caption")
    page.gap()
    page.note("body-ingredients")
    body_all(page, art, ctx)
    ch(page, "print-controls", "اطبع الوصفة")
    page.gap()
    bl(page, "readers-comments", ["آراء المستخدمين (12)", "هند م. ★★★★★", "جربتها اليوم ونجحت من أول مرة، وضعت كمية أقل من الفلفل الحار لأجل الأطفال.",
                                  "خالد ★★★☆☆", "طيبة لكن احتاجت وقتاً أطول في الفرن عندي."])
    lines = ["وصفات قد تعجبك"]
    for head, summary in teasers(ctx, 2):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "cookie-banner", ["يستخدم موقع موائد ملفات الارتباط لحفظ وصفاتك المفضلة وتحليل الزيارات. باستمرارك في التصفح فأنت توافق على ذلك.", "موافق"])
    ch(page, "rights", "© موائد 2025")
    finish(page)
