"""منبر الرأي: an opinion column. The columnist's name and role line above the title
(«كاتب وصحفي أردني»), «مقالات الكاتب» counter, the date in the form «14-12-2025», a body
of short one-line paragraphs and quoted sentences, the disclaimer «الآراء الواردة …»,
an author bio box with e-mail, «مقالات أخرى للكاتب», a footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "manbar", "name": "منبر الرأي", "host": "minbar-alray.test", "first": "2025-12-14T06:00"}


def url(art):
    return f"https://{SITE['host']}/opinion/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["منبر الرأي", "مقالات", "كتّاب", "حوارات", "اتصل بنا"])
    ch(page, "byline-above-title", art.get("author"), "كاتب وصحفي أردني")
    ch(page, "counter-articles", "مقالات الكاتب (214)")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-dashes", f"{d.day:02d}-{d.month:02d}-{d.year}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي منبر الرأي"])
    bl(page, "author-bio", [art.get("author"), "كاتب وصحفي، عمل في عدة صحف عربية، ويكتب في الشأن الاجتماعي والاقتصادي.", "للتواصل: writer@minbar-alray.test"])
    bl(page, "related", ["مقالات أخرى للكاتب"] + ctx.others(3))
    ch(page, "rights", "منبر الرأي © 2025")
    finish(page)
