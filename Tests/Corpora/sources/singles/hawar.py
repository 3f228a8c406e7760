"""حوار المغرب: a Moroccan local site. A date line «الأحد 14 دجنبر 2025 - 18:05» on top,
the city and author line «الرباط - <name>», a numbered list of readers' comments
(«1 - مواطن غيور», a date line, the text, «+12 -3» votes), «المرجو عدم تضمين تعليقاتكم
…» policy, «أضف تعليقك» form with «الاسم» «البريد الإلكتروني» «تعليقك» «أرسل», «أخبار ذات
صلة», «هيئة التحرير | اتصل بنا», «جميع الحقوق محفوظة».
Also: a breadcrumb ending with the title.
"""
from generate import month, weekday
from _common import bl, body_all, ch, finish

SITE = {"id": "hawar", "name": "حوار المغرب", "host": "hiwar-maghrib.test", "first": "2025-12-14T11:00"}


def url(art):
    return f"https://{SITE['host']}/regions/{art.slug}-182233.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-maghreb", f"{weekday(d)} {d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    bl(page, "menu-lines", ["سياسة", "مجتمع", "جهات", "اقتصاد", "رياضة", "فن وثقافة", "كتاب وآراء"])
    ch(page, "breadcrumb-with-title", f"الرئيسية › جهات › {art.title}")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline-place", f"الرباط - {art.get('author')}")
    page.gap()
    page.caption(art.get("caption"))
    ch(page, "photo-credit", "صورة: حوار المغرب")
    page.gap()
    body_all(page, art, ctx)
    page.note("readers-comments")
    bl(page, "readers-comments", ["تعليقات الزوار"])
    for i, (who, text, up, down) in enumerate([
            ("مواطن غيور", "نفس المشكل في حينا منذ سنتين ولا أحد يتحرك، نتمنى أن تصل الأشغال إلينا كذلك", 12, 3),
            ("رشيد", "أين كانت هذه الميزانية قبل الانتخابات؟", 7, 1),
            ("زائر", "شكرا لحوار المغرب على نقل معاناة الساكنة", 4, 0)], 1):
        page.add(f"{i} - {who}", "chrome", "readers-comments")
        page.add(f"الأحد 14 دجنبر 2025 - {19 + i}:1{i}", "chrome", "readers-comments")
        page.add(text, "chrome", "readers-comments")
        page.add(f"+{up} -{down}", "chrome", "readers-comments")
        page.gap()
    bl(page, "comment-policy", ["المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص أو المقدسات أو مهاجمة الأديان أو الأعراق"])
    bl(page, "comment-form", ["أضف تعليقك", "الاسم", "البريد الإلكتروني", "تعليقك", "أرسل"])
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    bl(page, "footer", ["هيئة التحرير | اتصل بنا | إعلانات", "جميع الحقوق محفوظة © حوار المغرب 2025"])
    finish(page)
