"""الجريدة الرسمية للإعلانات: an official-announcements page (a company's invitation to its
general assembly). «الإعلانات الرسمية» category, «رقم الإعلان: 4471» and «تاريخ النشر:
2025/12/14», no blank line between the title and the text, an opening sentence, the agenda as
numbered lines «أولاً: …» (body), a closing paragraph (body), the signatory «مجلس الإدارة» (a byline after the text: not body), an
«إعلانات مشابهة» list, «للإعلان في هذا القسم» pitch with phone, a print button, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "ilan", "name": "الجريدة الرسمية للإعلانات", "host": "official-notices.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/notices/4471"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "الجريدة الرسمية للإعلانات")
    ch(page, "menu-one-line", "إعلانات قضائية | دعوات جمعيات عامة | مناقصات | مزادات | فقدان وثائق")
    page.gap()
    ch(page, "category", "الإعلانات الرسمية")
    ch(page, "release-number", "رقم الإعلان: 4471")
    ch(page, "date-numeric", f"تاريخ النشر: {d.year}/{d.month:02d}/{d.day:02d}")
    page.gap()
    page.title(art.title)
    for kind, value in art.blocks:
        page.para(value)
    page.note("body-numbered")
    ch(page, "byline-after-body", "مجلس الإدارة")
    page.gap()
    ch(page, "print-controls", "طباعة الإعلان")
    page.gap()
    bl(page, "related", ["إعلانات مشابهة"] + ctx.others(3))
    bl(page, "cta", ["للإعلان في هذا القسم يرجى الاتصال على 065500400"])
    ch(page, "rights", "© الجريدة الرسمية للإعلانات")
    finish(page)
