"""صدى المدينة: an Egyptian-style portal.

Masthead with the editor's name glued to its label, today's date with the Hijri date and
«صـ/مـ», a breaking-news ticker (one long line of the latest headlines, different on every
page), a one-item-per-line menu, category line, title, «كتب:» author line, the article's
date («الأحد، 14 ديسمبر 2025 03:12 م»), the caption printed twice, in-body «اقرأ أيضًا:»
lines, a Google News promo line, tags, «اخبار متعلقة» and «الأكثر قراءة» lists (the latter
holds the page's own headline on some pages).
Opinion pages: columnist line above the title, no caption, «مقالات أخرى للكاتب».
Last four pages: a menu item is added and the footer is redesigned (template drift).
"""
from generate import body, hijri_text, hour12, month, weekday

SITE = {"id": "sada", "name": "صدى المدينة", "host": "www.sada-almadina.test",
        "first": "2025-11-03T09:00", "drift_pages": 4}

SLUGS = {"محافظات": "governorates", "حوادث": "accidents", "رياضة": "sports",
         "اقتصاد وبورصة": "economy", "فن وثقافة": "culture", "صحة": "health",
         "تكنولوجيا": "tech", "مقالات الرأي": "opinion"}


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{art.date:%Y/%m/%d}/{7800 + art.number * 37}"


def today_line(d):
    h, pm = hour12(d)
    return (f"{weekday(d)} {d.day} {month(d)} {d.year} {h:02d}:{d.minute:02d} {'مـ' if pm else 'صـ'} "
            f"{hijri_text(d.date())} هـ")


def article_date(d):
    h, pm = hour12(d)
    return f"{weekday(d)}، {d.day} {month(d)} {d.year} {h:02d}:{d.minute:02d} {'م' if pm else 'ص'}"


def render(art, ctx, page):
    page.chrome("صدى المدينة", "رئيس مجلس الإدارة ورئيس التحريرمحمود عبد الحليم", cls="site-header")
    page.chrome(today_line(ctx.crawled), cls="date-today")
    page.gap()
    page.chrome("عاجل", "    ".join(ctx.recent(5)), cls="ticker")
    menu = ["الرئيسية", "محافظات", "حوادث", "رياضة", "اقتصاد وبورصة", "فن وثقافة", "صحة",
            "تكنولوجيا", "مقالات الرأي", "فيديو"]
    if ctx.late:
        menu.insert(2, "ملفات خاصة")
    page.block(menu, cls="menu-lines")
    opinion = art.section == "مقالات الرأي"
    page.chrome(art.section, cls="category")
    page.gap()
    if opinion:
        page.chrome(art.get("author"), cls="byline-above-title")
        page.gap()
        page.note("opinion-layout")
    page.title(art.title)
    page.gap()
    if not opinion:
        page.chrome(f"{art.get('byline', 'كتب')}: {art.get('author')}", cls="byline")
        page.gap()
    page.chrome(article_date(art.date), cls="date-weekday-ampm")
    page.gap()
    if art.get("caption"):
        page.caption(art.get("caption"))
        page.caption(art.get("caption"))
        page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        p.chrome(f"اقرأ أيضًا: {t}", cls="read-also-line")
    body(page, art, ctx, readalso=readalso)
    page.chrome("تابع آخر أخبار صدى المدينة عبر Google News", cls="google-news")
    page.gap()
    if art.get("tags"):
        page.chrome("الكلمات الدلالية", cls="tags")
        for t in art.get("tags").split("،"):
            page.chrome(t.strip(), cls="tags")
        page.gap()
    if opinion:
        page.block(["مقالات أخرى للكاتب"] + ctx.others(3, include_archive=False, exclude=used), cls="related")
    elif not art.get("no_related"):
        page.chrome("اخبار متعلقة", cls="related")
        page.gap()
        for t in ctx.others(ctx.rng.randint(3, 6), exclude=used):
            page.chrome(t, cls="related")
            page.gap()
    else:
        page.note("no-related")
    most_read = ctx.others(5)
    if ctx.chance(0.3):  # the page's own story is among the most read
        most_read[ctx.rng.randrange(5)] = art.title
        page.note("own-title-in-most-read")
    page.block(["الأكثر قراءة"] + most_read, cls="most-read")
    if ctx.late:
        page.block(["عن صدى المدينة", "أعلن معنا", "سياسة الاستخدام", "سياسة الخصوصية",
                    "جميع الحقوق محفوظة © 2025 صدى المدينة - تصميم وتطوير إدارة المواقع الرقمية"], cls="footer")
    else:
        page.block(["من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة لموقع صدى المدينة © 2025"], cls="footer")
