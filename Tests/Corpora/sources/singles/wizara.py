"""وزارة الصحة والسكان (a fictional ministry): a government news page. The ministry's name,
an English link, accessibility controls on one line, a breadcrumb with «>», «تاريخ النشر:
14/12/2025» and «آخر تحديث: … - 10:20 ص», a bullet list in the body, «هل كانت هذه
الصفحة مفيدة؟» feedback, a visitor counter, a sitemap footer on one line with «|».
"""
from _common import ampm, bl, body_all, ch, finish

SITE = {"id": "wizara", "name": "وزارة الصحة والسكان", "host": "www.mohp-wadi.gov.test", "first": "2025-12-14T09:00"}


def url(art):
    return f"https://{SITE['host']}/ar/MediaCenter/News/Pages/{art.slug}.aspx"


def render(art, ctx, page):
    bl(page, "site-header", ["بوابة وزارة الصحة والسكان", "English"])
    ch(page, "accessibility", "تكبير الخط | تصغير الخط | تباين الألوان | قارئ الشاشة")
    page.gap()
    bl(page, "menu-lines", ["عن الوزارة", "الخدمات الإلكترونية", "المركز الإعلامي", "البيانات المفتوحة", "تواصل معنا"])
    ch(page, "breadcrumb", "الرئيسية > المركز الإعلامي > أخبار الوزارة")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-numeric", f"تاريخ النشر: {d.day:02d}/{d.month:02d}/{d.year}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "date-updated", f"آخر تحديث: {d.day:02d}/{d.month:02d}/{d.year} - {ampm(d)}")
    page.gap()
    bl(page, "feedback", ["هل كانت هذه الصفحة مفيدة؟", "نعم", "لا"])
    ch(page, "counter-visitors", "عدد الزوار: 4,318")
    page.gap()
    ch(page, "footer-one-line", "سياسة الخصوصية | شروط الاستخدام | خريطة الموقع | الأسئلة الشائعة")
    ch(page, "rights", "جميع الحقوق محفوظة © 2025 وزارة الصحة والسكان")
    finish(page)
