"""دليل المعتمر: a hajj/umrah guide (Saudi): Hijri and Gregorian date on top, menu on one line
with «•», a kicker over the headline, the headline, reading time, a table of contents repeating
the subheadings, subheadings in a row (a section heading then its sub-subheading), numbered
steps, supplication lines, a note to the reader as a whole sentence, a disclaimer, an app
promo, related, footer.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text

SITE = {"id": "umra", "name": "دليل المعتمر", "host": "dalil-almutamir.test", "first": "2025-12-10T06:00"}


def url(art):
    return f"https://{SITE['host']}/guide/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri", f"{hijri_text(d)}هـ - {d.day}/{d.month}/{d.year}م")
    ch(page, "menu-one-line", "الرئيسية • أدلة العمرة • أدلة الحج • المواقيت • الأدعية • أسئلة شائعة")
    page.gap()
    ch(page, "kicker", "دليل خطوة بخطوة")
    page.title(art.title)
    ch(page, "reading-time", "مدة القراءة: 6 دقائق")
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات المقال"] + heads[:4])
    page.note("body-subheadings-in-a-row")
    page.note("body-steps")
    body_all(page, art, ctx)
    ch(page, "disclaimer", "المعلومات الواردة للإرشاد العام، ويرجى الرجوع إلى الجهات الرسمية في ما يخص التصاريح والأنظمة.")
    ch(page, "app", "حمّل تطبيق دليل المعتمر لتصلك التنبيهات والمواقيت.")
    bl(page, "related", ["أدلة ذات صلة"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة لدليل المعتمر ١٤٤٧هـ")
    finish(page)
