"""سلسلة (a thread-unroll site for a journalist's thread on a social network): the site's header
«Thread Reader» and «Unroll a thread», the author block («مريم الزين», «@mariam_zain», «صحفية
اقتصادية»), «Follow», «14 Dec 2025 · 7 tweets · 2 min read», «Read on X», the thread: the tweets
as paragraphs with «1/7» … «7/7» glued to their text, NO HEADLINE (a thread has none), «• • •»,
«Missing some Tweet in this thread? You can try to force a refresh», «Keep Current with …»,
«Save as PDF | Share this thread», «More threads by this author», footer.
"""
from _common import bl, ch, finish

SITE = {"id": "silsila", "name": "سلسلة", "host": "silsila-reader.test", "first": "2025-12-14T08:00"}

EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def url(art):
    return f"https://{SITE['host']}/thread/{art.slug}.html"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "Thread Reader")
    ch(page, "menu-english", "Unroll a thread | Help | Premium")
    page.gap()
    bl(page, "author-card", ["مريم الزين", "@mariam_zain", "صحفية اقتصادية"])
    ch(page, "cta", "Follow")
    ch(page, "date-english", f"{d.day} {EN[d.month - 1]} {d.year} · 7 tweets · 2 min read")
    ch(page, "back-link", "Read on X")
    page.gap()
    page.note("no-title-line")
    paras = [v for k, v in art.blocks if k == "para"]
    n = len(paras)
    for i, value in enumerate(paras, 1):
        page.para(f"{value} {i}/{n}")
        page.gap()
    ch(page, "separator", "• • •")
    ch(page, "english-widget", "Missing some Tweet in this thread? You can try to force a refresh")
    ch(page, "newsletter-english", "Keep Current with مريم الزين")
    ch(page, "share-english", "Save as PDF | Share this thread")
    bl(page, "related-english", ["More threads by this author"] + ctx.others(3))
    ch(page, "footer-english", "© 2025 Thread Reader. Not affiliated with X Corp.")
    finish(page)
