"""حديقتي: a gardening blog (Blogger): the blog title and description, «الصفحة الرئيسية», the post
date in English, the headline, a body of recipe-like steps: materials list, numbered steps
«الخطوة 1: …», one-line tips, «Posted by … at 4:15 PM», «التسميات: …», «No comments:»,
«Post a Comment», «Newer Post Older Post Home», «Subscribe to: Post Comments (Atom)»,
an archive tree, «Powered by Blogger».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "hadiqa", "name": "حديقتي", "host": "hadiqati-blog.test", "first": "2025-11-28T16:00"}


def url(art):
    return f"https://{SITE['host']}/2025/12/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "حديقتي")
    ch(page, "tagline", "مدونة عن الزراعة المنزلية على الشرفات والأسطح")
    page.gap()
    ch(page, "menu-english", "الصفحة الرئيسية")
    page.gap()
    ch(page, "date-english", f"Sunday, December {d.day}, {d.year}")
    page.gap()
    page.title(art.title)
    page.gap()
    page.note("body-steps")
    body_all(page, art, ctx)
    ch(page, "byline-english", f"Posted by {art.meta['author']} at 4:15 PM")
    ch(page, "labels", "التسميات: خضروات، زراعة منزلية، شتاء")
    page.gap()
    ch(page, "comments-empty", "No comments:")
    ch(page, "comment-form", "Post a Comment")
    ch(page, "prev-next", "Newer Post Older Post Home")
    ch(page, "feed", "Subscribe to: Post Comments (Atom)")
    bl(page, "archive", ["أرشيف المدونة", "▼ 2025 (14)", "▼ December (2)", art.title] + ctx.others(1) + ["► November (3)"])
    ch(page, "powered", "Powered by Blogger.")
    finish(page)
