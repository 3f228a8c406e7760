"""صفحة جمعية الحي (Facebook mirror): an obituary posted on a Tunisian neighbourhood
association's Facebook page, as a scraper of post mirrors prints it: the page's name, «١٤
ديسمبر الساعة 10:32 م · 🌐», the post's text with NO HEADLINE (an obituary opens with the
verse), «عرض الترجمة», the reactions line, «أعجبني · تعليق · مشاركة», «الأكثر ملاءمة»,
readers' comments (name, text, «أعجبني · رد · 3 س»), «عرض المزيد من التعليقات».
"""
from _common import ch, finish, bl
from generate import hour12, month

SITE = {"id": "naai", "name": "جمعية حي النصر للعمل الاجتماعي", "host": "fb-mirror.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/posts/{art.slug}"


def render(art, ctx, page):
    d = art.date
    h, pm = hour12(d)
    ch(page, "page-name", "جمعية حي النصر للعمل الاجتماعي")
    ch(page, "fb-time", f"{d.day} {month(d, 'algeria')} الساعة {h}:{d.minute:02d} {'م' if pm else 'ص'} · 🌐")
    page.gap()
    page.note("no-title-line")
    for kind, value in art.blocks:
        if kind == "para":
            page.para(value)
    page.gap()
    ch(page, "translate", "عرض الترجمة")
    ch(page, "reactions", "٢١٤ · ٨٧ تعليقًا · ٥ مشاركات")
    ch(page, "fb-actions", "أعجبني", "تعليق", "مشاركة")
    page.gap()
    ch(page, "sort", "الأكثر ملاءمة")
    page.gap()
    comments = [("سنية الفرجاني", "رحمه الله وأسكنه فسيح جناته، كان نعم الجار."),
                ("منير الطرابلسي", "إنا لله وإنا إليه راجعون، خالص التعازي للعائلة."),
                ("نادية بن سالم", "الله يرحمو ويصبّر أهلو")]
    page.note("readers-comments")
    for name, text in comments:
        page.add(name, "chrome", "readers-comments")
        page.add(text, "chrome", "readers-comments")
        page.add("أعجبني · رد · ٣ س", "chrome", "readers-comments")
        page.gap()
    ch(page, "load-more", "عرض المزيد من التعليقات")
    finish(page)
