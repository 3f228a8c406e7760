"""جامعة الساحل الشرقي: a university news page. Accessibility links, a language switch,
a one-per-line menu, breadcrumb «الرئيسية > المركز الإعلامي > الأخبار», «الأخبار» label,
the title, «تاريخ النشر: 2025-12-07», the lead photo's caption BELOW the title with no credit,
the body, «آخر تعديل: …», «هل وجدت ما تبحث عنه؟ نعم / لا», «شارك هذه الصفحة», «أخبار أخرى»
with dates, an address footer in sentences, «جميع الحقوق محفوظة».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "jamiat", "name": "جامعة الساحل الشرقي", "host": "news.east-coast-univ.edu.test", "first": "2025-12-07T09:00"}


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    ch(page, "accessibility", "تكبير الخط   تصغير الخط   تباين الألوان")
    ch(page, "language-switch", "English")
    page.gap()
    bl(page, "menu-lines", ["عن الجامعة", "الكليات", "القبول والتسجيل", "البحث العلمي", "الطلبة", "المركز الإعلامي"])
    ch(page, "breadcrumb", "الرئيسية > المركز الإعلامي > الأخبار")
    page.gap()
    ch(page, "category", "الأخبار")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-iso", f"تاريخ النشر: {d.year}-{d.month:02d}-{d.day:02d}")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "date-updated", f"آخر تعديل: {d.day:02d}/{d.month:02d}/{d.year} - 14:05")
    page.gap()
    bl(page, "feedback", ["هل وجدت ما تبحث عنه؟", "نعم / لا"])
    ch(page, "share", "شارك هذه الصفحة")
    page.gap()
    bl(page, "latest", ["أخبار أخرى"] + [f"{t}   {n}-12-2025" for t, n in zip(ctx.others(3), ("04", "02", "30"))])
    bl(page, "footer-address", ["جامعة الساحل الشرقي، طريق الكورنيش، ص.ب 3120، الرمز البريدي 31952.",
                                "ساعات العمل من الأحد إلى الخميس، من الثامنة صباحاً حتى الثالثة عصراً.",
                                "جميع الحقوق محفوظة © 2025 جامعة الساحل الشرقي"])
    finish(page)
