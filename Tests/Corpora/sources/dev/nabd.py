"""نبض الخليج: a Gulf news channel's site.

English widget text («Skip to main content», «Live», «Trending», «Privacy Policy»), the menu
on one line with pipes, a breadcrumb before the title, a lead (subtitle) under the title,
a dateline («دبي - نبض الخليج»), «نشر في: …» and sometimes «آخر تحديث: …» (24-hour clock),
share and copy-link lines (the URL glued to the label on some pages), one caption, bullet
lists with «•», an in-body «اقرأ أيضاً» label with the headline on the next line, a source
line, hashtags, «Trending», related items with a cut teaser of the other article, newsletter
and app blurbs. Video pages: duration line, one or two paragraphs, «شاهد أيضاً».
Last three pages: a «بودكاست» menu item and a cookie line in the footer.
"""
from generate import body, month

SITE = {"id": "nabd", "name": "نبض الخليج", "host": "www.nabd-alkhaleej.test",
        "first": "2025-11-10T08:00", "drift_pages": 3, "final_newline": True}

SLUGS = {"الخليج": "gulf", "العالم": "world", "اقتصاد": "business", "رياضة": "sport",
         "تكنولوجيا": "technology", "صحة": "health", "منوعات": "varieties", "فيديو": "video"}


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{1712000 + art.number * 113}-{art.slug}"


def stamp(d):
    return f"{d.day} {month(d)} {d.year} - {d.hour:02d}:{d.minute:02d}"


def teaser(art):
    words = art.paragraphs()[0].split()
    return " ".join(words[:14]) + "…"


def render(art, ctx, page):
    menu = ["الرئيسية", "الخليج", "العالم", "اقتصاد", "رياضة", "تكنولوجيا", "صحة", "منوعات", "فيديو"]
    if ctx.late:
        menu.append("بودكاست")
    page.block(["Skip to main content", "نبض الخليج", "Live", "EN", "القائمة", " | ".join(menu), "بحث"], cls="menu-lines")
    page.chrome(f"الرئيسية / {art.section}", cls="breadcrumb")
    page.gap()
    page.title(art.title)
    page.gap()
    if art.get("subtitle"):
        page.para(art.get("subtitle"))
        page.gap()
    video = art.section == "فيديو"
    if video:
        page.chrome(f"مدة الفيديو {art.get('duration')}", cls="video-duration")
        page.note("video-layout")
    else:
        page.chrome(f"{art.get('place', 'دبي')} - نبض الخليج", cls="byline-place")
    page.chrome(f"نشر في: {stamp(art.date)}", cls="date-published")
    if ctx.chance(0.4):
        page.chrome(f"آخر تحديث: {stamp(art.date.replace(hour=min(23, art.date.hour + ctx.rng.randint(1, 3))))}", cls="date-updated")
    page.gap()
    link = url(art)
    page.chrome("شارك", f"انسخ الرابط{'' if ctx.chance(0.5) else ' '}{link}", cls="share")
    page.gap()
    if art.get("caption"):
        page.caption(art.get("caption"))
        page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, include_archive=False, exclude=used)[0]
        used.append(t)
        p.chrome("اقرأ أيضاً", t, cls="read-also-box")
    body(page, art, ctx, readalso=readalso, list_item=lambda s: "• " + s)
    if art.get("credit"):
        page.credit(f"المصدر: {art.get('credit')}", art.get("credit"))
        page.gap()
    if art.get("tags"):
        page.chrome(" ".join("#" + t.strip().replace(" ", "_") for t in art.get("tags").split("،")), cls="tags")
        page.gap()
    if video:
        page.block(["شاهد أيضاً"] + ctx.others(4, include_archive=False, exclude=used), cls="related")
    page.block(["Trending"] + ctx.others(5, exclude=used), cls="most-read")
    if not video:
        page.chrome("مواضيع قد تهمك", cls="related-summaries")
        page.gap()
        for other in ctx.other_articles(ctx.rng.randint(3, 4), exclude=used):
            page.chrome(other.title, teaser(other), cls="related-summaries")
            page.gap()
    page.block(["النشرة الإخبارية", "اشترك في نشرتنا اليومية لتصلك أهم الأخبار صباح كل يوم",
                "البريد الإلكتروني", "اشترك"], cls="newsletter")
    page.block(["حمّل تطبيق نبض الخليج", "App Store", "Google Play"], cls="app")
    footer = ["من نحن", "أعلن معنا", "Privacy Policy", "Terms of Use"]
    if ctx.late:
        footer.append("Cookies Settings")
    page.block(footer + ["© 2025 نبض الخليج. جميع الحقوق محفوظة"], cls="footer")
