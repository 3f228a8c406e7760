"""دليل الضرائب: a tax guide (Egypt, an accounting firm's site): a consultation bar, menu lines,
the category printed twice (section bar and over the title), the headline, «آخر مراجعة: …»,
a body that starts right under the title with no date line between, deadlines as label: date
lines (body), numbered steps, a worked example as rows, a firm's pitch sentence after the
text, a disclaimer, a WhatsApp promo, related, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "daraib", "name": "دليل الضرائب", "host": "dalil-aldaraib.test", "first": "2025-12-02T08:00"}


def url(art):
    return f"https://{SITE['host']}/guides/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "cta", "احجز استشارة مجانية: 01000000000")
    bl(page, "menu-lines", ["ضريبة الدخل", "القيمة المضافة", "الفاتورة الإلكترونية", "الأدلة", "من نحن"])
    ch(page, "category", "الأدلة الضريبية")
    page.gap()
    ch(page, "category-twice", "الأدلة الضريبية")
    page.title(art.title)
    page.note("body-under-title-no-date")
    page.note("body-date-lines")
    body_all(page, art, ctx)
    ch(page, "date-reviewed", f"آخر مراجعة: {d.day} {month(d)} {d.year}")
    ch(page, "firm-pitch", "يقدم مكتبنا خدمة إعداد الإقرارات للأفراد والشركات بأسعار ثابتة، تواصل معنا لمعرفة التفاصيل.")
    ch(page, "disclaimer", "هذا الدليل للتوعية العامة ولا يعد استشارة ضريبية.")
    ch(page, "whatsapp", "راسلنا على واتساب")
    bl(page, "related", ["أدلة أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "دليل الضرائب © 2025 | جميع الحقوق محفوظة")
    finish(page)
