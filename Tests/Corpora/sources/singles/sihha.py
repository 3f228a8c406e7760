"""وزارة الصحة - التعاميم: a health ministry circular: header, accessibility links, menu, the
HEADLINE, the circular's number and date, the letter header fields («إلى: …», «الموضوع: …»
a shortened form of the headline), the letter (salutation, numbered instructions, closing
formula: body), the signatory (not body), an attachment, «هل كانت هذه الصفحة مفيدة؟», last
update, a footer line.
"""
from _common import bl, body_all, ch, finish
from generate import indic

SITE = {"id": "sihha", "name": "وزارة الصحة", "host": "moh-sahil.gov.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://www.{SITE['host']}/circulars/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "وزارة الصحة")
    ch(page, "accessibility", "A+ A- | قارئ الشاشة | English")
    ch(page, "menu-one-line", "الرئيسية • عن الوزارة • الخدمات الإلكترونية • التعاميم • الإحصاءات • اتصل بنا")
    page.gap()
    page.title(art.title)
    ch(page, "circular-number", indic(f"تعميم رقم ({47}/{d.year}) بتاريخ {d.day}/{d.month}/{d.year}"))
    page.gap()
    bl(page, "letter-header", ["إلى: السادة مديري المستشفيات الحكومية والخاصة المحترمين",
                               f"الموضوع: {art.get('subject')}"])
    body_all(page, art, ctx)
    bl(page, "signatory", ["وزير الصحة", "د. منير عبد الهادي السالم"])
    ch(page, "attachment", "المرفقات: نموذج الإبلاغ الأسبوعي (Word)")
    page.gap()
    ch(page, "feedback", "هل كانت هذه الصفحة مفيدة؟ نعم | لا")
    ch(page, "date-updated", f"آخر تحديث للصفحة: {d.day}/{d.month}/{d.year}")
    ch(page, "footer-one-line", "خريطة الموقع | سياسة الاستخدام | إمكانية الوصول | الأسئلة الشائعة")
    finish(page)
