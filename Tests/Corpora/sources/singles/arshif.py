"""A web-archive snapshot of an Iraqi news page (Basra): the archive's toolbar in English («The
Wayback Machine - https://…», «23 captures», «14 Dec 2025 - 2 Jan 2026», «NOV DEC JAN», «14»,
«2024 2025 2026», «success», «fail», «About this capture», «COLLECTED BY»…), then the archived
page: the site's name, a menu one per line, the category, the headline, «البصرة - …», the date
in Levantine months, the text, «تابعونا على فيسبوك», «أخبار ذات صلة», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "arshif", "name": "البصرة الآن", "host": "basra-now.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://web.archive-mirror.test/web/20251214103200/https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "archive-banner", [f"The Wayback Machine - https://{SITE['host']}/news/{art.slug}", "23 captures",
                                "14 Dec 2025 - 2 Jan 2026", "NOV DEC JAN", "14", "2024 2025 2026",
                                "success", "fail", "About this capture"])
    ch(page, "site-header", "البصرة الآن")
    bl(page, "menu-lines", ["الرئيسية", "محلية", "نفط وطاقة", "رياضة", "تقارير"])
    ch(page, "category", "محلية")
    page.title(art.title)
    ch(page, "byline-place", f"البصرة - {art.get('author')}")
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "social-follow", "تابعونا على فيسبوك")
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة © البصرة الآن 2025")
    finish(page)
