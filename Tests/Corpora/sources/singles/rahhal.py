"""مدونة رحّال: a Blogger-style travel blog. «الصفحة الرئيسية», the post date as its own
line «الأحد، 14 ديسمبر 2025», the title, body with a subheading and photos captions, «نشر
بواسطة رحّال في 3:12 م» after the body, «ليست هناك تعليقات:» and «إرسال تعليق», «رسالة
أحدث رسالة أقدم الصفحة الرئيسية», «الاشتراك في: تعليقات الرسالة (Atom)», the blog archive
tree («▼ 2025 (14)», «► نوفمبر (3)»), «يتم التشغيل بواسطة Blogger.».
"""
from generate import hour12
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "rahhal", "name": "مدونة رحّال", "host": "rahhal-blog.blogspot.test", "first": "2025-12-14T15:00"}


def url(art):
    return f"https://{SITE['host']}/2025/12/{art.slug}.html"


def render(art, ctx, page):
    bl(page, "site-header", ["مدونة رحّال", "حكايات طريق وصور من مدن بعيدة"])
    ch(page, "menu-lines", "الصفحة الرئيسية", "عن المدونة")
    page.gap()
    ch(page, "date-weekday", long_date(art.date))
    page.gap()
    page.title(art.title)
    page.note("title-after-date")
    page.gap()
    body_all(page, art, ctx)
    h, pm = hour12(art.date)
    ch(page, "byline-after-body", f"نشر بواسطة رحّال في {h}:{art.date.minute:02d} {'م' if pm else 'ص'}")
    page.gap()
    bl(page, "comments-empty", ["ليست هناك تعليقات:", "إرسال تعليق"])
    ch(page, "prev-next", "رسالة أحدث رسالة أقدم الصفحة الرئيسية")
    ch(page, "english-widget", "الاشتراك في: تعليقات الرسالة (Atom)")
    page.gap()
    bl(page, "archive", ["أرشيف المدونة", "▼ 2025 (14)", "► ديسمبر (2)", "► نوفمبر (3)", "► 2024 (21)"])
    ch(page, "english-widget", "يتم التشغيل بواسطة Blogger.")
    finish(page)
