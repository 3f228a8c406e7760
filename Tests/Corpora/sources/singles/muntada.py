"""منتدى أهل الزراعة: a forum thread. «انضم إلى المنتدى» blurb, the forum header,
breadcrumb with «>», the thread title, «مُساهمة من طرف … في …» with an English-style date,
the member's info lines (posts, points, registration date), the first post is the article,
«رد: <title>» replies with other members' info (readers' comments), «مواضيع مماثلة»,
«صلاحيات هذا المنتدى:» lines.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "muntada", "name": "منتدى أهل الزراعة", "host": "ahl-alzeraa.forumotion.test", "first": "2025-09-02T17:00"}


def url(art):
    return f"https://{SITE['host']}/t2214-topic"


def render(art, ctx, page):
    bl(page, "login", ["منتدى أهل الزراعة", "انضم إلى المنتدى، فالأمر سريع وسهل",
                       "هل تريد التفاعل مع هذه المساهمة؟ كل ما عليك هو إنشاء حساب جديد ببضع خطوات أو تسجيل الدخول للمتابعة.",
                       "التسجيل", "دخول"])
    ch(page, "breadcrumb", "منتدى أهل الزراعة > الزراعة المنزلية > الخضروات")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline-forum", f"مُساهمة من طرف {art.get('author')} في الثلاثاء سبتمبر 02, 2025 5:40 pm")
    bl(page, "member-info", [art.get("author"), "عضو نشيط", "عدد المساهمات : 412", "نقاط : 1380", "تاريخ التسجيل : 14/03/2021"])
    body_all(page, art, ctx)
    page.note("readers-comments")
    for who, when, text in [("أبو يوسف", "الثلاثاء سبتمبر 02, 2025 7:12 pm", "موضوع مفيد جدا بارك الله فيك، جربت الطريقة نفسها في صناديق خشبية ونجحت."),
                            ("ورد الشام", "الأربعاء سبتمبر 03, 2025 9:03 am", "شكرا لك")]:
        bl(page, "readers-comments", [f"رد: {art.title}", f"مُساهمة من طرف {who} في {when}", text])
    bl(page, "related", ["مواضيع مماثلة"] + [f"»  {t}" for t in ctx.others(3)])
    bl(page, "forum-permissions", ["صلاحيات هذا المنتدى:", "لاتستطيع الرد على المواضيع في هذا المنتدى"])
    finish(page)
