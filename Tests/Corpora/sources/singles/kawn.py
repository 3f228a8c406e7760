"""كون العلوم: a popular-science site. «علوم | فضاء» category line, «الكاتب: … | المحرر:
…», «ترجمة وإعداد: …», the date with the reading time on one line «14 ديسمبر 2025 ·
قراءة 4 دقائق», a lead, the body with a quoted sentence, a caption and a «المصدر: …»
credit line, «هل أعجبك المقال؟ شاركه مع أصدقائك», a «Newsletter» English block, tags
with «#», «إقرأ المزيد» list and the footer.
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "kawn", "name": "كون العلوم", "host": "kawn-science.test", "first": "2025-12-14T10:00"}


def url(art):
    return f"https://{SITE['host']}/space/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["كون العلوم", "فضاء", "فيزياء", "أحياء", "بيئة", "تقنية", "ابحث"])
    ch(page, "category", "علوم | فضاء")
    page.gap()
    page.title(art.title)
    page.gap()
    page.para(art.get("subtitle"))
    page.gap()
    d = art.date
    ch(page, "byline", f"الكاتب: {art.get('author')} | المحرر: {art.get('editor')}")
    ch(page, "date-with-reading-time", f"{d.day} {month(d)} {d.year} · قراءة 4 دقائق")
    page.gap()
    page.caption(art.get("caption"))
    ch(page, "photo-credit", "(الصورة: وكالة فضاء / أرشيف)")
    page.gap()
    body_all(page, art, ctx)
    page.credit(f"المصدر: {art.get('credit')}", art.get("credit"))
    page.gap()
    ch(page, "share", "هل أعجبك المقال؟ شاركه مع أصدقائك")
    page.gap()
    ch(page, "tags", " ".join("#" + t.strip().replace(" ", "_") for t in art.get("tags").split("،")))
    page.gap()
    bl(page, "english-widget", ["Newsletter", "Get the best of Kawn every week.", "Sign up"])
    bl(page, "related", ["إقرأ المزيد"] + ctx.others(3))
    ch(page, "footer-one-line", "عن كون | فريق التحرير | سياسة الخصوصية | © 2025")
    finish(page)
