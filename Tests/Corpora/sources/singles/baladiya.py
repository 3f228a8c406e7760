"""أمانة مدينة الساحل: a municipality's media centre release. Accessibility bar in English
(«A+ A A-», «High contrast»), e-services menu one per line, breadcrumb ending «الأخبار», the
release number and Hijri + Gregorian date under the title, a bullet list in the body,
«للاستفسارات الإعلامية» contact lines, «هل كانت هذه الصفحة مفيدة؟» feedback, last-modified line,
a long footer of e-services and a government-network line.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month

SITE = {"id": "baladiya", "name": "أمانة مدينة الساحل", "host": "amanat-alsahel.gov.test", "first": "2025-12-13T10:20"}


def url(art):
    return f"https://{SITE['host']}/ar/media-center/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "accessibility", ["A+ A A-", "High contrast", "English"])
    bl(page, "menu-lines", ["الرئيسية", "عن الأمانة", "الخدمات الإلكترونية", "المركز الإعلامي", "المشاريع", "تواصل معنا"])
    ch(page, "breadcrumb", "الرئيسية > المركز الإعلامي > الأخبار")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "release-number", f"رقم الخبر: {art.get('number')}")
    ch(page, "date-hijri", f"{hijri_text(d)} هـ الموافق {d.day} {month(d)} {d.year} م")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "media-contact", ["للاستفسارات الإعلامية:", "إدارة الاتصال المؤسسي", "هاتف: 920001234", "البريد: media@amanat-alsahel.gov.test"])
    bl(page, "feedback", ["هل كانت هذه الصفحة مفيدة؟", "نعم", "لا"])
    ch(page, "date-updated", f"آخر تعديل: {d.day:02d}/{d.month:02d}/{d.year}")
    bl(page, "latest", ["أخبار ذات علاقة"] + ctx.others(3))
    bl(page, "footer", ["الخدمات الإلكترونية", "رخص البناء", "الشكاوى والبلاغات", "خريطة الموقع", "سياسة الخصوصية", "شروط الاستخدام"])
    ch(page, "rights", f"جميع الحقوق محفوظة لأمانة مدينة الساحل © {d.year}")
    ch(page, "gov-network", "عضو في الشبكة الحكومية الموحدة")
    finish(page)
