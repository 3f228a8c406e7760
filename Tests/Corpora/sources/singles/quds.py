"""القدس الرقمية: a Palestinian site. A login line and «English», a breadcrumb with «›»,
«آخر تحديث: منذ 12 دقيقة», a one-line «رام الله - القدس الرقمية:» dateline glued, an
in-body read-also box printed as label «اقرأ أيضاً» and headline on the next line with a
«»» arrow, «الأكثر قراءة» with Arabic-Indic «١-» numbers, a poll (question, options,
«صوّت», «النتائج»), the social follow line and the copyright.
"""
from generate import ago, indic
from _common import bl, body_all, ch, finish

SITE = {"id": "quds", "name": "القدس الرقمية", "host": "alquds-digital.test", "first": "2025-12-14T12:00"}


def url(art):
    return f"https://{SITE['host']}/post/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "تسجيل الدخول | English")
    page.gap()
    bl(page, "menu-lines", ["محليات", "أسرى", "اقتصاد", "ثقافة", "رياضة", "مقالات"])
    ch(page, "breadcrumb", "الرئيسية › محليات")
    page.gap()
    page.title(art.title)
    page.gap()
    minutes = int((ctx.crawled - art.date).total_seconds() // 60) % 50 + 5
    ch(page, "date-updated-relative", f"آخر تحديث: {ago(minutes)}")
    page.gap()
    page.note("dateline-glued")
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-box", "اقرأ أيضاً", f"» {t}")
    body_all(page, art, ctx, readalso=readalso)
    ch(page, "copy-link", f"انسخ الرابط https://{SITE['host']}/p/4410")
    page.gap()
    bl(page, "most-read", ["الأكثر قراءة"] + [indic(f"{i}- ") + t for i, t in enumerate(ctx.others(4, exclude=used), 1)])
    page.note("most-read")
    bl(page, "poll", ["استطلاع", "هل تؤيد تمديد ساعات عمل المعابر؟", "نعم", "لا", "لا رأي لي", "صوّت", "النتائج"])
    ch(page, "social-follow", "تابعونا على")
    ch(page, "social-follow", "فيسبوك • إنستغرام • تيك توك • يوتيوب")
    page.gap()
    ch(page, "rights", "© جميع الحقوق محفوظة - القدس الرقمية 2025")
    finish(page)
