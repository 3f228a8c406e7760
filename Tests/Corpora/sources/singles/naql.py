"""هيئة النقل العام: a transport authority's service notice. An alert bar («تنبيه: تعديلات على
خدمة الخط الأحمر»), a journey planner widget («من», «إلى», «خطط رحلتك»), the menu one per line,
«الإشعارات والتعديلات» category, the title with the dates of the change, «تاريخ الإشعار:» and
«يسري من:» lines, the notice (the changed timetable as lines «من … إلى …: كل 12 دقيقة», bus
replacement list, an apology sentence: body), «هل تحتاج إلى مساعدة؟ اتصل على 19900», «حالة
الخطوط الآن» widget (line, state), app badges, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "naql", "name": "هيئة النقل العام", "host": "public-transport.gov.test", "first": "2025-12-14T07:00"}


def url(art):
    return f"https://{SITE['host']}/ar/notices/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "alert-bar", "تنبيه: تعديلات على خدمة الخط الأحمر - التفاصيل")
    page.gap()
    bl(page, "journey-planner", ["خطط رحلتك", "من", "إلى", "الآن", "بحث"])
    bl(page, "menu-lines", ["المترو", "الحافلات", "البطاقات والأسعار", "الإشعارات والتعديلات", "المفقودات"])
    ch(page, "category", "الإشعارات والتعديلات")
    page.gap()
    page.title(art.title)
    ch(page, "date-numeric", f"تاريخ الإشعار: {d.day:02d}-{d.month:02d}-{d.year}")
    ch(page, "date-numeric", "يسري من: 19-12-2025 حتى 21-12-2025")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "cta", ["هل تحتاج إلى مساعدة؟ اتصل على 19900"])
    bl(page, "line-status", ["حالة الخطوط الآن", "الخط الأحمر: خدمة معدّلة", "الخط الأزرق: يعمل بانتظام", "الخط الأخضر: يعمل بانتظام"])
    ch(page, "app", "App Store | Google Play")
    page.gap()
    ch(page, "footer-one-line", "الشروط والأحكام | الخصوصية | خريطة الموقع | © هيئة النقل العام")
    finish(page)
