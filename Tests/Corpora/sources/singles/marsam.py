"""مرسم: an arts and culture site's exhibition review. A menu with «/», the title with a
site-name suffix on top, «فنون تشكيلية» category, author bio box of one sentence under the
byline, a date with a dot «09.12.2025», a gallery inside the body: three photo captions
between paragraphs, with no counter, credit or date beside them (every one a caption), a
«نُشر بالتعاون مع …» partnership sentence, «اقرأ لنفس الكاتب» teasers with summaries,
social follow line, footer.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "marsam", "name": "مرسم", "host": "marsam-arts.test", "first": "2025-12-09T11:00"}


def url(art):
    return f"https://{SITE['host']}/exhibitions/{art.slug}"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} | مرسم")
    page.gap()
    ch(page, "menu-one-line", "معارض / كتب / سينما / موسيقى / حوارات / ملفات")
    page.gap()
    ch(page, "category", "فنون تشكيلية")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", art.get("author"))
    ch(page, "author-bio", art.get("bio"))
    ch(page, "date-dots", f"{d.day:02d}.{d.month:02d}.{d.year}")
    page.note("author-bio-before-body")
    page.gap()
    page.note("gallery-captions-in-body")
    body_all(page, art, ctx)
    bl(page, "partnership", ["نُشر هذا المقال بالتعاون مع مؤسسة الضوء للثقافة ضمن برنامج دعم النقد الفني."])
    lines = ["اقرأ لنفس الكاتب"]
    for head, summary in teasers(ctx, 2):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    ch(page, "social-follow", "تابعونا على إنستغرام @marsam.arts")
    ch(page, "rights", "مرسم 2025 ©")
    finish(page)
