"""اسأل الطبيب: a health Q&A page. «اسأل طبيباً الآن» and «أرسل سؤالك» buttons, the
answering doctor's line, «تمت المراجعة الطبية بتاريخ …», the body a set of questions and
answers on short lines («س: …» «ج: …», questions ending «؟»), a medical disclaimer, «أسئلة
ذات صلة», a notification prompt, footer with «إخلاء المسؤولية | سياسة الخصوصية».
"""
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "tabib", "name": "اسأل الطبيب", "host": "is2al-tabib.test", "first": "2025-11-25T13:00"}


def url(art):
    return f"https://{SITE['host']}/questions/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["اسأل الطبيب", "الأمراض", "الأدوية", "صحة الطفل", "صحة المرأة", "اسأل طبيباً الآن"])
    bl(page, "notification", ["هل تريد تلقي إشعارات بأحدث المقالات الطبية؟", "لاحقاً", "السماح"])
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"إجابة: {art.get('author')}")
    ch(page, "date-reviewed", f"تمت المراجعة الطبية بتاريخ {long_date(art.date, comma=False)}")
    page.gap()
    page.note("body-qa")
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["تنبيه: المعلومات الواردة في هذه الصفحة للتثقيف الصحي ولا تغني عن استشارة الطبيب المختص."])
    bl(page, "cta", ["هل لديك سؤال آخر؟", "أرسل سؤالك"])
    bl(page, "related", ["أسئلة ذات صلة"] + ctx.others(4))
    ch(page, "footer-one-line", "من نحن | إخلاء المسؤولية | سياسة الخصوصية | اتصل بنا")
    finish(page)
