"""متجر تطبيقات (app store-like page): an app's page on a third-party app catalogue: a search
bar, categories, the app's name as the headline, the developer line, a stats line
(«4.6★ · 12 ألف مراجعة · +500 ألف تنزيل · مناسب لمن هم فوق 3 سنوات»), «تثبيت», screenshot
counters, «حول هذا التطبيق» (the description and features list: the article), «ما الجديد»
with a version's changelog, an app info box (version, size, updated, Android), users' reviews
with stars, «تطبيقات مشابهة», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "tatbiqat", "name": "سوق التطبيقات العربي", "host": "souq-tatbiqat.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/apps/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "search", "ابحث عن تطبيق أو لعبة")
    ch(page, "menu-one-line", "الألعاب  التطبيقات  الأكثر تنزيلاً  الجديد")
    page.gap()
    page.title(art.title)
    ch(page, "developer", "مؤسسة الدرب الرقمية")
    ch(page, "app-stats", "4.6★ · 12 ألف مراجعة · +500 ألف تنزيل · مناسب لمن هم فوق 3 سنوات")
    ch(page, "cta", "تثبيت")
    page.gap()
    ch(page, "gallery-counter", "لقطة شاشة 1 من 6")
    page.gap()
    ch(page, "label", "حول هذا التطبيق")
    page.note("app-description")
    body_all(page, art, ctx)
    bl(page, "changelog", ["ما الجديد", "الإصدار 3.2.1: إصلاح أخطاء وتحسين سرعة تحميل الخرائط."])
    bl(page, "fact-box", ["معلومات إضافية", "الإصدار: 3.2.1", "الحجم: 48 ميغابايت",
                          f"تاريخ التحديث: {d.day} {month(d)} {d.year}", "يتطلب: Android 8.0 أو أحدث"])
    page.note("readers-comments")
    page.gap()
    for line in ["تقييمات ومراجعات", "سالم الهاجري", "★★★★★", "تطبيق ممتاز ساعدني كثيراً في رحلتي الأخيرة.",
                 "ريم القحطاني", "★★★☆☆", "جيد لكنه يستهلك البطارية بسرعة.", "هل كانت هذه المراجعة مفيدة؟ نعم | لا"]:
        page.add(line, "chrome", "readers-comments")
    bl(page, "related", ["تطبيقات مشابهة"] + ctx.others(3))
    ch(page, "footer-one-line", "سياسة الخصوصية | شروط الخدمة | للمطورين")
    finish(page)
