"""المؤتمر الدولي للمياه والزراعة: a conference announcement: English chrome («Call for
Papers», «Register»), a countdown line, menu, the headline, the announcement with its axes
list and an IMPORTANT DATES LIST IN THE BODY (lines made of a label and a date: body), a
fees list, «سجّل الآن», partners line, contact line, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "mutamar", "name": "المؤتمر الدولي للمياه والزراعة", "host": "icwa-conf.test", "first": "2025-12-08T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/{art.slug}"


def render(art, ctx, page):
    ch(page, "english-widget", "ICWA 2026 | Call for Papers | Register | العربية")
    ch(page, "countdown", "متبقٍ على انعقاد المؤتمر: 72 يوماً")
    bl(page, "menu-lines", ["الرئيسية", "عن المؤتمر", "اللجان", "المحاور", "التسجيل", "السكن والسفر"])
    page.title(art.title)
    page.gap()
    page.note("body-date-lines")
    body_all(page, art, ctx)
    ch(page, "cta", "سجّل الآن")
    ch(page, "partners", "بالشراكة مع: جامعة الوادي | المركز العربي لبحوث المياه | اتحاد المزارعين")
    ch(page, "contact", "للتواصل: info@icwa-conf.test")
    ch(page, "footer-one-line", "© ICWA 2026 - جميع الحقوق محفوظة")
    finish(page)
