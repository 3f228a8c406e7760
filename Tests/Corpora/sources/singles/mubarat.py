"""كورة لايف: a «today's matches» page. Cookie notice in English («We use cookies…», «Accept»),
a date switcher («أمس | اليوم | غداً»), the headline with the date in it, a short intro, the
fixtures in the body one per line with kick-off and channel (body lines), «جميع الأوقات بتوقيت
مكة المكرمة» note (chrome), «ملاحظة: المواعيد قابلة للتغيير» note, app download line, «مباريات
الأمس» results widget, footer.
"""
from _common import bl, body_all, ch, finish, long_date

SITE = {"id": "mubarat", "name": "كورة لايف", "host": "koora-live-now.test", "first": "2025-12-14T07:30"}


def url(art):
    return f"https://{SITE['host']}/matches-today/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "cookie-banner", ["We use cookies to improve your experience. By continuing you agree to our use of cookies.", "Accept"])
    ch(page, "site-header", "كورة لايف")
    ch(page, "menu-one-line", "الرئيسية  مباريات اليوم  الأخبار  الفيديو  البطولات")
    page.gap()
    ch(page, "date-switcher", "أمس | اليوم | غداً")
    page.gap()
    page.title(art.title)
    ch(page, "date-weekday", long_date(d))
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "note-timezone", ["جميع الأوقات بتوقيت مكة المكرمة", "ملاحظة: المواعيد قابلة للتغيير"])
    ch(page, "app", "حمّل تطبيق كورة لايف لمتابعة النتائج لحظة بلحظة")
    bl(page, "results-widget", ["مباريات الأمس", "الهلال 1 - 0 الفتح", "برشلونة 3 - 2 إشبيلية", "ليفربول 0 - 0 تشيلسي"])
    ch(page, "footer-one-line", "اتفاقية الاستخدام · سياسة الخصوصية · اتصل بنا")
    finish(page)
