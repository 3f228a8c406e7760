"""منبر الترجمات: a translated op-ed: menu on one line, a «مقالات مترجمة» category, the
headline, «بقلم: <author>» and «ترجمة: <translator>» lines, the original's title in English
and where it was first published (not body), the op-ed (body), the author's bio line
«* …», the translation disclaimer as a whole sentence, related, rights.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "tarjama", "name": "منبر الترجمات", "host": "minbar-tarjamat.test", "first": "2025-12-10T08:00"}


def url(art):
    return f"https://{SITE['host']}/opinion/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-one-line", "الرئيسية ∙ مقالات مترجمة ∙ تقارير ∙ دراسات ∙ عن المنبر")
    page.gap()
    ch(page, "category", "مقالات مترجمة")
    page.title(art.title)
    ch(page, "byline", f"بقلم: {art.get('author')}")
    ch(page, "translator", f"ترجمة: {art.get('translator')}")
    ch(page, "date", f"{d.day} {month(d)} {d.year}")
    page.gap()
    ch(page, "original-title", "Original title: Cities Need Fewer Cars, Not Wider Roads")
    ch(page, "first-published", f"نُشر المقال بالإنجليزية في مجلة «أوربان ريفيو» بتاريخ {d.day - 3} {month(d)} {d.year}.")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "author-bio", f"* {art.get('author')} أستاذ التخطيط العمراني في جامعة ليدز، وله كتب عن النقل العام.")
    ch(page, "disclaimer", "المقالات المترجمة تعبّر عن آراء كتّابها، ولا تعبّر بالضرورة عن رأي منبر الترجمات.")
    bl(page, "related", ["مقالات مترجمة أخرى"] + ctx.others(3))
    ch(page, "rights", "© منبر الترجمات 2025")
    finish(page)
