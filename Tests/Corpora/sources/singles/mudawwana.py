"""دفتر أبي زيد: a personal Blogger blog. «recent» and «أخبار ساخنة» English/Arabic theme
widgets, the blog's title and description, «الصفحة الرئيسية», the post title printed twice
(the theme's header and the post), the post with short lines and a list, «نشر بواسطة
… في 9:41 م» and «التسميات: …» after it, «مشاركة» buttons, «رسالة أحدث  رسالة أقدم  الصفحة
الرئيسية», «الاشتراك في: تعليقات الرسالة (Atom)», «0 تعليقات:», «إرسال تعليق», an archive
tree («► 2025 (23)», «▼ ديسمبر (2)»), «المشاركات الشائعة», «Powered by Blogger».
"""
from _common import bl, body_all, ch, finish, ampm, long_date

SITE = {"id": "mudawwana", "name": "دفتر أبي زيد", "host": "daftar-abizaid.blogspot.test", "first": "2025-12-12T21:41"}


def url(art):
    return f"https://{SITE['host']}/2025/12/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "recent")
    ch(page, "label", "أخبار ساخنة")
    page.gap()
    ch(page, "site-header", "دفتر أبي زيد")
    ch(page, "tagline", "خواطر معلم متقاعد عن الكتب والناس والمدن")
    page.gap()
    ch(page, "menu-lines", "الصفحة الرئيسية")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "date-weekday", long_date(d))
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    ch(page, "byline-date", f"نشر بواسطة أبو زيد في {ampm(d)}")
    ch(page, "labels", "التسميات: كتب, ذكريات, مكتبات")
    ch(page, "share", "إرسال بالبريد الإلكتروني كتابة مدونة حول هذه المشاركة المشاركة في X المشاركة في Facebook")
    page.gap()
    ch(page, "prev-next", "رسالة أحدث  رسالة أقدم  الصفحة الرئيسية")
    ch(page, "feed", "الاشتراك في: تعليقات الرسالة (Atom)")
    page.gap()
    bl(page, "comments-empty", ["0 تعليقات:", "إرسال تعليق"])
    bl(page, "archive", ["أرشيف المدونة", "▼  2025 (23)", "▼  ديسمبر (2)", art.title, ctx.others(1)[0], "►  نوفمبر (4)", "►  أكتوبر (3)", "►  2024 (31)"])
    bl(page, "popular", ["المشاركات الشائعة"] + ctx.others(2))
    ch(page, "english-widget", "Powered by Blogger.")
    finish(page)
