"""الساحل نت: a lean site that prints Arabic-Indic digits everywhere, body included.

Chrome lists with no blank lines between items, an English menu item, a «قسم | نوع» category
line, title, «<author> · منذ ٣ ساعات» (relative to the crawl), a lead on some pages, the title printed again right above the caption,
paragraphs and subheadings with Arabic-Indic digits, a source line «المصدر: …», a view
counter with the Arabic thousands separator, «الأكثر مشاهدة» as a numbered list («١. …»),
«الأحدث» with clock times. Report pages («تقارير»): a «تقرير:» byline, a reading-time line,
long bodies with subheadings. The pages end with a final newline and use CRLF line ends.
Last three pages: a «بث مباشر» header line and a new copyright line.
"""
from generate import ago, body, indic

SITE = {"id": "sahel", "name": "الساحل نت", "host": "alsahel-net.test",
        "first": "2025-11-08T06:00", "drift_pages": 3, "final_newline": True, "crlf": True}

SLUGS = {"أخبار": "news", "تقارير": "reports", "اقتصاد": "economy", "رياضة": "sports",
         "منوعات": "misc"}


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{art.date:%Y%m%d}{art.number:03d}"


def thousands(n):
    return indic(f"{n:,}".replace(",", "٬"))


def render(art, ctx, page):
    rng = ctx.rng
    head = ["الساحل نت", "☰", "بحث…"]
    if ctx.late:
        head.append("بث مباشر")
    page.block(head + ["الأخبار", "تقارير", "اقتصاد", "رياضة", "منوعات", "English"], cls="menu-lines")
    report = art.section == "تقارير"
    page.chrome(f"{art.get('topic')} | {art.section}" if art.get("topic") else art.section, cls="category")
    page.gap()
    page.title(indic(art.title))
    page.gap()
    minutes = int((ctx.crawled - art.date).total_seconds() // 60)
    if report:
        page.chrome(f"تقرير: {art.get('author')}", indic(f"قراءة {rng.randint(6, 11)} دقائق"), cls="byline")
        page.note("report-layout")
    else:
        page.chrome(f"{art.get('author')} · {indic(ago(minutes))}", cls="byline-date")
    page.gap()
    if art.get("subtitle"):
        page.para(indic(art.get("subtitle")))
        page.gap()
    if art.get("caption"):
        page.title(indic(art.title))
        page.caption(indic(art.get("caption")))
        page.gap()
    body(page, art, ctx, text=indic)
    credit = art.get("credit", "الساحل نت")
    page.credit(f"المصدر: {credit}", credit)
    page.chrome(f"مشاهدات {thousands(rng.randint(300, 48000))}", cls="counter-views")
    page.gap()
    page.block(["الأكثر مشاهدة"] + [f"{indic(i)}. {indic(t)}" for i, t in enumerate(ctx.others(5), 1)], cls="most-read")
    latest = []
    for a in sorted(ctx.other_articles(4), key=lambda a: a.date, reverse=True):
        latest.append(indic(f"{a.date.hour:02d}:{a.date.minute:02d} {a.title}"))
    page.block(["الأحدث"] + latest, cls="latest")
    page.block(["الساحل نت © ٢٠٢٥" if not ctx.late else "جميع الحقوق محفوظة لشبكة الساحل © ٢٠٢٥",
                "سياسة الخصوصية", "للإعلان والتواصل: info@alsahel-net.test"], cls="footer")
