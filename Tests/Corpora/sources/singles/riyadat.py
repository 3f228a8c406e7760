"""ساحة الرياضات الإلكترونية: esports tournament results: a live-matches strip, menu on one line
with «/», the category printed twice, the headline, «14.12.2025 | 22:10», a body with a standings
table as «|» rows, a numbered list of qualified teams, one-line paragraphs, a Discord promo,
«أخبار ذات صلة», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "riyadat", "name": "إي سبورت عرب", "host": "esport-arab.test", "first": "2025-12-13T20:00"}


def url(art):
    return f"https://{SITE['host']}/tournaments/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "live-scores", "مباشر: فالكونز 2 - 1 نايتس | ريدز 0 - 0 ستورم")
    ch(page, "menu-one-line", "الرئيسية / البطولات / الفرق / اللاعبون / الانتقالات")
    page.gap()
    ch(page, "category", "بطولات")
    ch(page, "category-twice", "بطولات")
    page.title(art.title)
    ch(page, "date-dots", f"{d.day:02d}.{d.month:02d}.{d.year} | {d.hour:02d}:{d.minute:02d}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "discord-promo", "انضم إلى مجتمعنا على ديسكورد وناقش نتائج البطولة مع آلاف المتابعين.")
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(4))
    ch(page, "footer-one-line", "إي سبورت عرب © 2025")
    finish(page)
