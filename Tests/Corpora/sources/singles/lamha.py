"""لمحة (an Instagram-viewer mirror showing a news outlet's post): the mirror's English header
«Anonymous Instagram Viewer» and its search box, the profile block («@sawt.alwadi»,
«صوت الوادي | أخبار», «1,204 posts  86.1K followers  312 following»), «Posts | Stories |
Tagged», the post's time «2 days ago», «Download» buttons, the caption: a headline first, then
paragraphs, then the outlet's sign-off «تابعونا لمزيد من الأخبار 👇» and hashtags, «❤ 3,410  💬
58», «View on Instagram», «More posts from @sawt.alwadi», the mirror's disclaimer sentence.
Gold: the caption's first line (set apart) is the headline; the rest of the caption is the text.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "lamha", "name": "لمحة", "host": "lamha-viewer.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/p/{art.slug}"


def render(art, ctx, page):
    ch(page, "site-header", "Anonymous Instagram Viewer")
    ch(page, "search-form", "Enter username or link | Search")
    page.gap()
    bl(page, "profile", ["@sawt.alwadi", "صوت الوادي | أخبار", "1,204 posts  86.1K followers  312 following"])
    ch(page, "tabs", "Posts | Stories | Tagged")
    page.gap()
    ch(page, "date-english", "2 days ago")
    ch(page, "download", "Download photo | Download all")
    page.gap()
    page.title(art.title)
    body_all(page, art, ctx)
    ch(page, "channel-signoff", "تابعونا لمزيد من الأخبار 👇")
    ch(page, "hashtags", "#صوت_الوادي #أخبار #مياه")
    page.gap()
    ch(page, "reactions", "❤ 3,410  💬 58")
    ch(page, "back-link", "View on Instagram")
    bl(page, "related-english", ["More posts from @sawt.alwadi"] + ctx.others(3))
    ch(page, "disclaimer", "This site is not affiliated with Instagram. All content belongs to its owners.")
    finish(page)
