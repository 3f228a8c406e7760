"""آفاق الفضاء: a space-news magazine: site header with a tagline, menu one per line, breadcrumb,
the headline, the headline printed again with the site name suffix, «بواسطة …» with an ISO date,
a lead, English terms in the body, a numbered list of mission stages with no lead-in, a glossary
box, a DOI-like reference line, newsletter, related, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "fadaa", "name": "آفاق الفضاء", "host": "afaq-alfadaa.test", "first": "2025-12-07T15:00"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "آفاق الفضاء")
    ch(page, "tagline", "مجلة عربية لعلوم الفلك والفضاء")
    bl(page, "menu-lines", ["أخبار", "بعثات", "سماء الشهر", "صور", "اسأل فلكياً"])
    ch(page, "breadcrumb", "الرئيسية › بعثات")
    page.gap()
    page.title(art.title)
    page.title(f"{art.title} - آفاق الفضاء")
    page.note("title-suffix-repeat")
    ch(page, "byline-date", f"بواسطة {art.meta['author']} | {d.date().isoformat()}")
    page.gap()
    page.note("lead")
    body_all(page, art, ctx)
    bl(page, "glossary", ["مصطلحات", "المدار المتزامن: مدار يدور فيه القمر الصناعي بسرعة دوران الأرض", "الحمولة: الأجهزة التي يحملها الصاروخ"])
    ch(page, "reference", "المرجع: Space Sci. Rev. 221, 48 (2025)")
    ch(page, "newsletter", "سجّل بريدك ليصلك دليل سماء الشهر أول كل شهر.")
    bl(page, "related", ["اقرأ أيضاً"] + ctx.others(3))
    ch(page, "footer-one-line", "© آفاق الفضاء 2025 | من نحن | الخصوصية")
    finish(page)
