"""صباح الجنوب: a regional daily. A one-line menu with «|», the region's name as a category,
the title after the date line («الخميس 11 ديسمبر 2025»), the lead photo's caption printed
ABOVE the body with no credit, a caption between paragraphs (no credit either), the
author's name after the body, a bio box of two sentences after it, «نُشر هذا المقال في
النسخة الورقية …» (first-published notice), teasers of related items (headline, then a
one-sentence summary), an about-us blurb in the footer.
"""
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "sabah", "name": "صباح الجنوب", "host": "sabah-aljanoub.test", "first": "2025-12-11T06:00"}


def url(art):
    return f"https://{SITE['host']}/regions/{art.slug}-20251211"


def render(art, ctx, page):
    ch(page, "site-header", "صباح الجنوب | يومية جهوية مستقلة")
    page.gap()
    ch(page, "menu-one-line", "الرئيسية | الجهات | اقتصاد | مجتمع | ثقافة | رياضة | رأي | الأرشيف")
    page.gap()
    ch(page, "category", "الجهات")
    ch(page, "date-weekday", long_date(art.date, comma=False))
    page.title(art.title)
    page.note("title-after-date")
    page.gap()
    page.caption(art.get("caption"))
    page.note("caption-above-body")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "byline-after-body", art.get("author"))
    page.gap()
    bl(page, "author-bio", [art.get("bio")])
    bl(page, "first-published", [f"نُشر هذا المقال في النسخة الورقية لصباح الجنوب، العدد 5127، الصادر يوم {long_date(art.date, comma=False)}."])
    page.note("related-summaries")
    lines = ["مواضيع ذات صلة"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    bl(page, "related", lines)
    bl(page, "footer-about", ["صباح الجنوب صحيفة يومية جهوية تأسست عام 1998، وتهتم بأخبار محافظات الجنوب وقضايا سكانها.",
                              "اتصل بنا | أعلن معنا | سياسة الخصوصية", "© صباح الجنوب 2025"])
    finish(page)
