"""الديوانية: a Kuwaiti daily's page: the Hijri and Gregorian date with the issue number,
menu lines, «الصفحة: محليات», a KICKER above the headline, the headline, a lead, «كتب: …»,
the body with a TABLE OF AREAS AND HOURS AS LINES (body), a pull quote, «مقالات ذات صلة»
with dates, a footer with the paper's address, the rights line.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month, weekday

SITE = {"id": "diwaniya", "name": "الديوانية", "host": "aldiwaniya-daily.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/local/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri", f"{weekday(d)} {hijri_text(d)}هـ - {d.day} {month(d)} {d.year}م - العدد 17842")
    bl(page, "menu-lines", ["الأولى", "محليات", "برلمان", "اقتصاد", "رياضة", "دوليات", "آخر كلام"])
    ch(page, "page-line", "الصفحة: محليات")
    page.gap()
    ch(page, "kicker", art.get("kicker"))
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    ch(page, "byline", f"كتب: {art.get('author')}")
    page.gap()
    paras = [v for k, v in art.blocks if k == "para"]

    def caption(p, value):
        ch(p, "pull-quote", paras[-1])
    page.note("body-table-rows")
    body_all(page, art, ctx, caption=caption)
    items = ["مقالات ذات صلة"]
    for i, t in enumerate(ctx.others(3)):
        items.append(f"{t} - {d.day - 2 - i}/{d.month}/{d.year}")
    bl(page, "related-dated", items)
    ch(page, "footer-address", "الديوانية - الشويخ - ص.ب 2200 - هاتف 22000000")
    ch(page, "rights", "جميع الحقوق محفوظة لجريدة الديوانية 2025")
    finish(page)
