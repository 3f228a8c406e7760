"""مدونة الصحراء (Blogger, mobile view, Mauritania): the blog's name, the post's date line
«الأحد، 14 ديسمبر 2025» above the headline, the post (a short essay on poetry with verse
lines), «مشاركة», the Blogger mobile navigation «‹», «الصفحة الرئيسية», «›»,
«عرض إصدار الويب», the profile box («من أنا», the name, «عرض ملفي الشخصي بالكامل»),
«ليست هناك تعليقات:», «إرسال تعليق», «يتم التشغيل بواسطة Blogger.».
"""
from _common import bl, body_all, ch, finish, long_date

SITE = {"id": "sahara", "name": "مدونة الصحراء", "host": "sahara-adab.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/2025/12/blog-post_14.html?m=1"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "مدونة الصحراء")
    ch(page, "tagline", "أدب وتراث من أرض المليون شاعر")
    page.gap()
    ch(page, "date-weekday", long_date(d))
    page.note("title-after-date")
    page.title(art.title)
    page.gap()
    page.note("body-poem")
    body_all(page, art, ctx)
    ch(page, "share", "مشاركة")
    page.gap()
    ch(page, "comments-empty", "ليست هناك تعليقات:")
    ch(page, "comment-form", "إرسال تعليق")
    page.gap()
    ch(page, "prev-next", "‹", "الصفحة الرئيسية", "›")
    ch(page, "mobile-view", "عرض إصدار الويب")
    page.gap()
    bl(page, "author-bio", ["من أنا", "أحمد سالم", "عرض ملفي الشخصي بالكامل"])
    ch(page, "english-widget", "يتم التشغيل بواسطة Blogger.")
    finish(page)
