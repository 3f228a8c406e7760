"""وزارة الأوقاف والشؤون الدينية: a religious endowments ministry's news page: a Hijri-only
date line on top, a «title - وزارة الأوقاف» line, menu lines, a prayer-times widget, a
category, the headline, the Hijri and Gregorian date, the body with a verse line ﴿…﴾ (body),
a share line, «أخبار الوزارة» list, a footer about-blurb sentence, the rights line.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, indic, month

SITE = {"id": "awqaf", "name": "وزارة الأوقاف والشؤون الدينية", "host": "awqaf-shuun.gov.test", "first": "2025-12-12T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri-only", indic(f"{hijri_text(d)}هـ"))
    ch(page, "title-suffix-line", f"{art.title} - وزارة الأوقاف")
    bl(page, "menu-lines", ["الرئيسية", "الوزارة", "المساجد", "الأوقاف", "الخطب", "الفتاوى", "المركز الإعلامي"])
    ch(page, "prayer-times", "الفجر 5:12 | الظهر 11:58 | العصر 2:51 | المغرب 5:14 | العشاء 6:34")
    page.gap()
    ch(page, "category", "أخبار الوزارة")
    page.title(art.title)
    ch(page, "date-hijri", f"{hijri_text(d)}هـ - {d.day} {month(d)} {d.year}م")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "share", "مشاركة: فيسبوك تويتر واتساب بريد")
    bl(page, "related", ["أخبار الوزارة"] + ctx.others(4))
    ch(page, "footer-about", "تعمل وزارة الأوقاف والشؤون الدينية على رعاية بيوت الله وتنمية الأوقاف وخدمة العمل الإسلامي في المملكة.")
    ch(page, "rights", "جميع الحقوق محفوظة لوزارة الأوقاف والشؤون الدينية © 2025")
    finish(page)
