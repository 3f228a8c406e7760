"""القلم الحر: an opinion column in a daily's site. Menu lines, «رأي» category, the
columnist's name above the title with a photo caption that is only his name (chrome: the
author's picture), the title, «السبت 13 ديسمبر 2025», short one-line paragraphs and a quoted
line (body), «* كاتب وأكاديمي …» bio line after the text (starts with an asterisk), a
disclaimer «المقالات المنشورة تعبر عن آراء كتابها …», «مقالات أخرى للكاتب» with summaries,
a comment policy sentence, footer.
"""
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "qalam", "name": "القلم الحر", "host": "alqalam-alhur.test", "first": "2025-12-13T07:00"}


def url(art):
    return f"https://{SITE['host']}/opinion/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["الأولى", "محليات", "عربي ودولي", "رأي", "اقتصاد", "ثقافة", "رياضة"])
    ch(page, "category", "رأي")
    page.gap()
    ch(page, "author-photo-name", art.get("author"))
    ch(page, "byline-above-title", art.get("author"))
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "date-weekday", long_date(art.date, comma=False))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "author-bio", f"* {art.get('bio')}")
    page.gap()
    bl(page, "opinion-disclaimer", ["المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي القلم الحر."])
    lines = ["مقالات أخرى للكاتب"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "comment-policy", ["يحتفظ الموقع بحق حذف التعليقات التي تتضمن إساءة أو تحريضاً أو خروجاً عن موضوع المقال."])
    ch(page, "rights", "القلم الحر © 2025")
    finish(page)
