"""أبراجك اليوم (a horoscope site, chrome-heavy): a cookie bar, a menu one per line, the twelve
signs on one line with «|», «أمس | اليوم | غداً | الأسبوع | الشهر», the sign's name and dates
«برج الحمل (21 مارس - 19 أبريل)», the headline, the date, the reading under one-word subheadings
(«المهني», «العاطفي», «الصحي»), the star lines («الحب: ★★★★☆»), «رقم الحظ: 7», «اللون:
أحمر», «توافق اليوم: الأسد», «اقرأ توقعات برج آخر» with the signs again, share row, an ads label,
«الأكثر قراءة» list, the site's entertainment disclaimer, footer.
"""
from _common import bl, body_all, ch, finish, long_date

SITE = {"id": "abraj", "name": "أبراجك اليوم", "host": "abrajak-today.test", "first": "2025-12-14T08:00"}

SIGNS = "الحمل | الثور | الجوزاء | السرطان | الأسد | العذراء | الميزان | العقرب | القوس | الجدي | الدلو | الحوت"


def url(art):
    return f"https://{SITE['host']}/daily/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "cookie-banner", ["يستخدم هذا الموقع ملفات تعريف الارتباط.", "موافق"])
    bl(page, "menu-lines", ["حظك اليوم", "الأبراج الصينية", "توافق الأبراج", "تفسير الأحلام", "اختبارات"])
    ch(page, "sign-selector", SIGNS)
    ch(page, "tabs", "أمس | اليوم | غداً | الأسبوع | الشهر")
    page.gap()
    ch(page, "sign-header", "برج الحمل (21 مارس - 19 أبريل)")
    page.title(art.title)
    ch(page, "date-weekday", long_date(d))
    page.gap()
    ch(page, "ad-label", "إعلان")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "rating", ["الحب: ★★★★☆", "العمل: ★★★☆☆", "الصحة: ★★★★★"])
    bl(page, "fact-box", ["رقم الحظ: 7", "اللون: أحمر", "توافق اليوم: الأسد"])
    bl(page, "sign-selector", ["اقرأ توقعات برج آخر", SIGNS])
    ch(page, "share", "شارك حظك: واتساب | فيسبوك | X")
    bl(page, "most-read", ["الأكثر قراءة"] + ctx.others(4))
    ch(page, "disclaimer", "محتوى الأبراج للتسلية فقط ولا يستند إلى أساس علمي.")
    ch(page, "rights", "© 2025 أبراجك اليوم")
    finish(page)
