"""المعرفة الحرة (a wiki-like encyclopedia, an article translated from English): «أنشئ حساباً |
دخول», «مقالة | نقاش | اقرأ | عدّل | تاريخ», the headline, «من المعرفة الحرة، الموسوعة الحرة»,
a translation notice box, an infobox of label: value lines, the lead, «المحتويات» with numbered
entries, subheadings each followed by «[عدّل]» on its own line, paragraphs with reference marks
«[1]», «المراجع» with «^» entries, «وصلات خارجية», «تصنيفات: …», «آخر تعديل لهذه الصفحة كان
يوم …», the licence sentence, footer links.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "mawsua", "name": "المعرفة الحرة", "host": "almaarifa-wiki.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/wiki/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login", "أنشئ حساباً | دخول")
    ch(page, "tabs", "مقالة | نقاش | اقرأ | عدّل | تاريخ")
    page.gap()
    page.title(art.title)
    ch(page, "tagline", "من المعرفة الحرة، الموسوعة الحرة")
    page.gap()
    ch(page, "translation-notice", "هذه المقالة مترجمة عن نسخة إنجليزية، وقد تحتاج إلى مراجعة لغوية.")
    bl(page, "fact-box", ["الجسر المعلّق في وادي الريم", "النوع: جسر معلّق للمشاة", "الطول: 412 م",
                          "الافتتاح: 1968", "المصمم: هنري لوبلان"])
    heads = [v for k, v in art.blocks if k == "heading"]
    paras = [v for k, v in art.blocks if k == "para"]
    page.para(paras[0])
    page.note("lead")
    bl(page, "table-of-contents", ["المحتويات"] + [f"{i} {h}" for i, h in enumerate(heads, 1)])
    first_done = False
    for kind, value in art.blocks:
        if kind == "para":
            if not first_done:
                first_done = True
                continue
            page.gap()
            page.para(value)
        elif kind == "heading":
            page.gap()
            page.para(value)
            ch(page, "edit-link", "[عدّل]")
    page.note("body-subheadings")
    bl(page, "references", ["المراجع", "^ تقرير هيئة الطرق الوطنية، 1969.", "^ مجلة الهندسة الإنشائية، العدد 14."])
    bl(page, "links", ["وصلات خارجية", "الموقع الرسمي للمتنزه الوطني"])
    ch(page, "categories", "تصنيفات: جسور معلّقة | منشآت افتتحت في 1968 | سياحة")
    ch(page, "date-updated", f"آخر تعديل لهذه الصفحة كان يوم {d.day} {month(d)} {d.year}، الساعة {d.hour:02d}:{d.minute:02d}.")
    ch(page, "licence", "النصوص منشورة برخصة المشاع الإبداعي؛ قد تُطبّق شروط إضافية.")
    ch(page, "footer-one-line", "سياسة الخصوصية | حول المعرفة الحرة | إخلاء مسؤولية | نسخة المحمول")
    finish(page)
