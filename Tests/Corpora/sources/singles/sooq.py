"""سوق المال اليوم: a business site. A markets strip on one line, an English login bar,
the date line «الاثنين 08 ديسمبر 2025 - 09:41» BEFORE the title, «بقلم:» byline, the lead
chart's caption with no credit under the lead («رسم بياني يوضح …»), a quote pulled out of the
body and printed again as a pull quote, «قد يهمك أيضاً» teasers with summaries, a newsletter
pitch, an investment disclaimer sentence, a «هذه المادة لا تمثل توصية» notice, footer.
"""
from _common import bl, body_all, ch, finish, teasers
from generate import month, weekday

SITE = {"id": "sooq", "name": "سوق المال اليوم", "host": "souq-almal.test", "first": "2025-12-08T08:00"}


def url(art):
    return f"https://{SITE['host']}/markets/{art.slug}"


def render(art, ctx, page):
    ch(page, "english-widget", "Login | Subscribe | EN")
    page.gap()
    ch(page, "markets-widget", "تاسي 11,482.30 ▲ 0.42%   نفط برنت 74.12 ▼ 1.1%   الذهب 2,391 ▲ 0.3%   الدولار/الجنيه 48.61")
    page.gap()
    bl(page, "menu-lines", ["أسواق", "شركات", "طاقة", "عقارات", "تقنية", "رأي"])
    d = art.date
    ch(page, "date-weekday-time", f"{weekday(d)} {d.day:02d} {month(d)} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.title(art.title)
    page.note("title-after-date")
    page.gap()
    ch(page, "byline", f"بقلم: {art.get('author')}")
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    pull = art.get("pull")
    body_all(page, art, ctx)
    # the pull quote: a body sentence printed again between the last paragraphs
    idx = max(i for i, l in enumerate(page.lines) if l[1] == "para")
    page.lines.insert(idx, ["", "chrome", None])
    page.lines.insert(idx, [f"«{pull}»", "chrome", "pull-quote"])
    page.note("pull-quote")
    lines = ["قد يهمك أيضاً"]
    for head, summary in teasers(ctx, 2):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "newsletter", ["هل تريد ملخص الأسواق قبل افتتاح التداول؟ سجل بريدك لتصلك نشرتنا الصباحية مجاناً كل يوم عمل."])
    bl(page, "disclaimer", ["إخلاء مسؤولية: المحتوى المنشور لأغراض إعلامية ولا يمثل توصية بالشراء أو البيع، والاستثمار في الأسواق المالية ينطوي على مخاطر."])
    ch(page, "footer-one-line", "عن الموقع | سياسة الخصوصية | الشروط والأحكام | اتصل بنا © 2025")
    finish(page)
