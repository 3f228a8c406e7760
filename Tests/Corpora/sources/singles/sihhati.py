"""صحتك أولاً: health advice with a FAQ block. A symptom-checker pitch, menu one line with
«·», the title, «مراجعة طبية: د. …» and «نُشر في …», a lead sentence, subheadings, a bulleted
list, «الأسئلة الشائعة» with questions ending «؟» and their answers on the next line (body),
a «هل كان هذا المقال مفيداً؟» widget, «المراجع» with two references, a medical disclaimer, a
BMI calculator widget, «مقالات قد تهمك», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "sihhati", "name": "صحتك أولاً", "host": "sehhatak-awalan.test", "first": "2025-12-08T08:00"}


def url(art):
    return f"https://{SITE['host']}/articles/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "cta", ["افحص أعراضك مجاناً مع المساعد الطبي", "ابدأ الآن"])
    ch(page, "menu-one-line", "الأمراض · التغذية · اللياقة · صحة الطفل · الصحة النفسية")
    page.gap()
    page.title(art.title)
    ch(page, "reviewer", f"مراجعة طبية: {art.get('reviewer')}")
    ch(page, "date-numeric", f"نُشر في {d.day} {month(d)} {d.year}")
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    page.note("faq")
    body_all(page, art, ctx)
    bl(page, "feedback", ["هل كان هذا المقال مفيداً؟", "نعم", "لا"])
    bl(page, "references", ["المراجع", "الجمعية العربية لطب الجهاز الهضمي، دليل الارتجاع المريئي، 2023.", "Clinical Guidelines on GERD, Journal of Digestive Health, 2022."])
    bl(page, "disclaimer", ["المحتوى الطبي في هذا الموقع لأغراض التثقيف فقط ولا يغني عن استشارة الطبيب."])
    bl(page, "calculator", ["احسب مؤشر كتلة الجسم", "الوزن (كغ)", "الطول (سم)", "احسب"])
    bl(page, "related", ["مقالات قد تهمك"] + ctx.others(3))
    ch(page, "rights", "© 2025 صحتك أولاً")
    finish(page)
