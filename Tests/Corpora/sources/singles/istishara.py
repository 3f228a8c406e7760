"""طبيبك أونلاين (a medical Q&A site): «اسأل طبيباً الآن» bar, a menu one per line, the
specialty breadcrumb, the question's title, the asker's line «العمر: 29 | الجنس: أنثى | منذ
3 أيام», «السؤال» label, the question, «الإجابة» label, «أجاب عنها: د. … - استشاري أمراض
جلدية», the doctor's answer (paragraphs, a list of steps), a medical disclaimer sentence,
«هل كانت الإجابة مفيدة؟ نعم (34) لا (3)», «استشارات مشابهة», app pitch, footer.
Gold: the site answers, so question and answer are body; the labels are not.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "istishara", "name": "طبيبك أونلاين", "host": "tabibuk-online.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/consultations/{art.slug}"


def render(art, ctx, page):
    ch(page, "cta", "اسأل طبيباً الآن - الاستشارة الأولى مجاناً")
    bl(page, "menu-lines", ["الاستشارات", "الأطباء", "المقالات الطبية", "الأدوية", "دخول"])
    ch(page, "breadcrumb", "الاستشارات > الأمراض الجلدية > حب الشباب")
    page.gap()
    page.title(art.title)
    ch(page, "asker-line", f"العمر: 29 | الجنس: أنثى | {ago(3 * 24 * 60)}")
    page.gap()
    ch(page, "qa-labels", "السؤال")
    page.para(art.get("question"))
    page.gap()
    ch(page, "qa-labels", "الإجابة")
    ch(page, "byline-answered", f"أجاب عنها: {art.get('doctor')} - استشاري أمراض جلدية")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "disclaimer", "هذه الإجابة لا تغني عن زيارة الطبيب المختص وإجراء الفحص السريري.")
    ch(page, "feedback", "هل كانت الإجابة مفيدة؟ نعم (34) لا (3)")
    bl(page, "related", ["استشارات مشابهة"] + ctx.others(4))
    bl(page, "app", ["حمّل تطبيق طبيبك أونلاين واحصل على استشارتك في أقل من ساعة.", "App Store | Google Play"])
    ch(page, "rights", "© 2025 طبيبك أونلاين - جميع الحقوق محفوظة")
    finish(page)
