"""المركز الوطني للأرصاد (a national met office, Yemen): the government top bar, «English»,
a menu one per line, «النشرات الجوية > النشرة اليومية», the warning level box «مستوى التنبيه:
أصفر», the bulletin's number «النشرة رقم 348» and «صادرة في: …», the headline, the bulletin
(paragraphs, the sea state under «حالة البحر», the temperatures as table rows «المدينة |
العظمى | الصغرى»), «تحميل النشرة PDF», «الأقمار الصناعية | الرادار | الخرائط», the duty
forecaster's name, a sentence asking to follow official sources only, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "arsad", "name": "المركز الوطني للأرصاد", "host": "nmc-yemen.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/bulletins/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "gov-topbar", "الجمهورية اليمنية - الهيئة العامة للطيران المدني والأرصاد")
    ch(page, "language-switch", "English")
    bl(page, "menu-lines", ["الرئيسية", "النشرات الجوية", "التحذيرات", "المناخ", "عن المركز"])
    ch(page, "breadcrumb", "النشرات الجوية > النشرة اليومية")
    page.gap()
    ch(page, "warning-box", "مستوى التنبيه: أصفر")
    ch(page, "release-number", "النشرة رقم 348")
    ch(page, "date", f"صادرة في: {d.day} {month(d)} {d.year} - الساعة 06:00 صباحاً")
    page.gap()
    page.title(art.title)
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "download", "تحميل النشرة PDF")
    ch(page, "tabs", "الأقمار الصناعية | الرادار | الخرائط")
    ch(page, "forecaster", "المتنبئ المناوب: م. عبدالله الحكيمي")
    ch(page, "notice-sentence", "يرجى استقاء المعلومات الجوية من المصادر الرسمية فقط.")
    ch(page, "rights", "جميع الحقوق محفوظة © المركز الوطني للأرصاد 2025")
    finish(page)
