"""بلدية السليمانية (Joomla, Arabic pages of an Iraqi Kurdistan municipality): a language
switch «کوردی | العربية | English», the site header, menu one per line, a breadcrumb «أنت
هنا: …», the headline, Joomla's article info («التفاصيل», «كتب بواسطة: المكتب الإعلامي»,
«نشر بتاريخ: …», «الزيارات: 734») and icons («طباعة», «البريد الإلكتروني»), the news with a
numbered list, a gallery counter, «« السابق» / «التالي »», «آخر الأخبار», the footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "sulaimani", "name": "بلدية السليمانية", "host": "slemani-baladiya.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/index.php/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "کوردی | العربية | English")
    ch(page, "site-header", "بلدية السليمانية")
    bl(page, "menu-lines", ["الرئيسية", "البلدية", "الخدمات", "المشاريع", "الأخبار", "اتصل بنا"])
    ch(page, "breadcrumb", "أنت هنا: الرئيسية » الأخبار")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "joomla-info", "التفاصيل", "كتب بواسطة: المكتب الإعلامي",
       f"نشر بتاريخ: {d.day} {month(d, 'levant')} {d.year}", "الزيارات: 734")
    ch(page, "print-controls", "طباعة", "البريد الإلكتروني")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "gallery-counter", "صورة 1 من 5")
    page.gap()
    ch(page, "prev-next", "« السابق", "التالي »")
    bl(page, "latest", ["آخر الأخبار"] + ctx.others(4))
    ch(page, "footer-address", "السليمانية - شارع سالم - مبنى البلدية | هاتف: 053 000 0000")
    ch(page, "rights", "جميع الحقوق محفوظة لبلدية السليمانية © 2025")
    finish(page)
