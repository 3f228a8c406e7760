"""النيلين اليوم: a Sudanese news site printing Arabic-Indic digits everywhere (chrome and
body): a menu one per line, a BREADCRUMB ENDING WITH THE TITLE, the headline, a Hijri and
Gregorian date line, «الخرطوم: النيلين اليوم», the body with Arabic-Indic figures, a share
line, a «أخبار ذات صلة» list with Arabic-Indic dates, a footer and the rights line.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, indic, month, weekday

SITE = {"id": "nilain", "name": "النيلين اليوم", "host": "alnilain-today.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/sudan/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "النيلين اليوم")
    bl(page, "menu-lines", ["الرئيسية", "أخبار السودان", "اقتصاد", "رياضة", "منوعات", "مقالات", "اتصل بنا"])
    ch(page, "breadcrumb-title", f"الرئيسية › أخبار السودان › {art.title}")
    page.gap()
    page.title(art.title)
    ch(page, "date-hijri", indic(f"{weekday(d)} {hijri_text(d)}هـ - {d.day} {month(d)} {d.year}م"))
    ch(page, "byline-city", "الخرطوم: النيلين اليوم")
    page.gap()
    page.note("digits-indic-body")
    body_all(page, art, ctx)
    ch(page, "share", "شارك الخبر: واتساب | فيسبوك | تويتر")
    page.gap()
    items = ["أخبار ذات صلة"]
    for i, t in enumerate(ctx.others(4)):
        items.append(t)
        items.append(indic(f"{d.day - 1 - i}/{d.month}/{d.year}"))
    bl(page, "related-dated", items)
    bl(page, "footer", ["من نحن", "سياسة الخصوصية", "أعلن معنا"])
    ch(page, "rights", indic("جميع الحقوق محفوظة للنيلين اليوم © 2025"))
    finish(page)
