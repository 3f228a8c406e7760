"""آثار الأردن: an archaeology magazine (Jordan): English-French language switch, menu lines,
a photo caption above the headline, the headline, «الكاتب: …», Levantine date, a dateline
paragraph, English words in the body (a project name, «radiocarbon»), a quote on its own line,
a second part after a «شارك المقال» widget, a photo credit, tags, related summaries, footer.
"""
from _common import bl, body_with, ch, finish, teasers
from generate import month

SITE = {"id": "athar", "name": "آثار الأردن", "host": "athar-jordan.test", "first": "2025-12-08T11:00"}


def url(art):
    return f"https://{SITE['host']}/discoveries/{art.slug}"


def share(page):
    bl(page, "share-widget", ["شارك المقال", "فيسبوك", "إكس", "واتساب", "نسخ الرابط"])


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "English | Français | العربية")
    bl(page, "menu-lines", ["اكتشافات", "متاحف", "مواقع", "حوارات", "مجلة"])
    page.caption(art.meta["caption"])
    page.note("caption-above-title")
    page.gap()
    page.title(art.title)
    ch(page, "byline", f"الكاتب: {art.meta['author']}")
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year}")
    page.gap()
    body_with(page, art, ctx, [share])
    ch(page, "photo-credit", "(الصورة: دائرة الآثار العامة)")
    ch(page, "tags", "كلمات مفتاحية: البتراء، التنقيب، العصر النبطي")
    page.gap()
    page.add("قد يهمك أيضاً", "chrome", "related-summaries")
    page.note("related-summaries")
    for head, summary in teasers(ctx, 2):
        page.add(head, "chrome", "related-summaries")
        page.add(summary, "chrome", "related-summaries")
    page.gap()
    ch(page, "footer", "آثار الأردن مجلة إلكترونية مستقلة تعنى بالتراث والتنقيب © 2025")
    finish(page)
