"""طقس العرب الآن: a weather page. A location bar («موقعك: عمّان ▾ تغيير»), the current-
conditions widget (temperature, state, «الرطوبة 62%», «الرياح 18 كم/س», «الإحساس الفعلي»,
sunrise/sunset: chrome), menu one line with «|», the forecast article (title after the
category «تقارير الطقس», «المتنبئ الجوي» byline and «آخر تحديث منذ ساعتين»), a temperatures
table by city in the body («المدينة | العظمى | الصغرى» rows), the week forecast widget (day,
icon word, «22° / 11°»: chrome), «تحذيرات» box, app line, footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "taqs", "name": "طقس العرب الآن", "host": "taqs-alarab.test", "first": "2025-12-14T06:30"}


def url(art):
    return f"https://{SITE['host']}/jo/forecast/{art.slug}"


def render(art, ctx, page):
    ch(page, "location-bar", "موقعك: عمّان ▾ تغيير")
    page.gap()
    bl(page, "weather-widget", ["14°", "غائم جزئياً", "الإحساس الفعلي 12°", "الرطوبة 62%", "الرياح 18 كم/س شمالية غربية", "الشروق 06:31 | الغروب 16:32"])
    ch(page, "menu-one-line", "توقعات | خرائط | رادار الأمطار | تقارير الطقس | فيديو")
    page.gap()
    ch(page, "category", "تقارير الطقس")
    page.title(art.title)
    ch(page, "byline-date", f"المتنبئ الجوي: {art.get('author')} · آخر تحديث {ago(int((ctx.crawled - art.date).total_seconds() // 60))}")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "week-forecast", ["توقعات الأيام القادمة", "الإثنين", "أمطار متفرقة", "15° / 8°", "الثلاثاء", "غائم", "17° / 9°", "الأربعاء", "مشمس", "19° / 10°"])
    bl(page, "warning-box", ["تحذيرات", "لا توجد تحذيرات سارية لموقعك"])
    ch(page, "app", "حمّل تطبيق طقس العرب الآن")
    page.gap()
    ch(page, "footer-one-line", "من نحن | اتصل بنا | سياسة الخصوصية | © 2025")
    finish(page)
