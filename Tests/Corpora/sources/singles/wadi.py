"""بوابة الوادي: an Egyptian portal. A «title - site» line on top, a one-per-line menu,
today's date with the Hijri date, «كتب: …» byline, «الأحد، 14 ديسمبر 2025 03:12 م», the
caption printed twice, an in-body «اقرأ أيضا: …» line, tags one per line under a label,
«اخبار متعلقة», Google News promo, a footer of links and «جميع الحقوق محفوظة».
"""
from generate import hijri_text
from _common import ampm, bl, body_all, ch, long_date, finish

SITE = {"id": "wadi", "name": "بوابة الوادي", "host": "www.bawabat-alwadi.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/story/2025/12/14/{art.slug}/6183320"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} - بوابة الوادي")
    page.gap()
    bl(page, "date-hijri", [f"{long_date(ctx.crawled)} - {hijri_text(ctx.crawled)} هـ"])
    bl(page, "menu-lines", ["الرئيسية", "أخبار مصر", "محافظات", "حوادث", "اقتصاد", "رياضة", "فن", "المزيد"])
    ch(page, "category", "محافظات")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"كتب: {art.get('author')}")
    ch(page, "date-weekday-ampm", f"{long_date(art.date)} {ampm(art.date)}")
    page.gap()
    page.caption(art.get("caption"))
    page.caption(art.get("caption"))
    page.note("caption-twice")
    page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-line", f"اقرأ أيضا: {t}")
    body_all(page, art, ctx, readalso=readalso)
    bl(page, "social-follow", ["تابع بوابة الوادي على أخبار جوجل"])
    bl(page, "tags", ["الكلمات المفتاحية"] + [t.strip() for t in art.get("tags").split("،")])
    bl(page, "related", ["اخبار متعلقة"] + ctx.others(4, exclude=used))
    bl(page, "footer", ["من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة لبوابة الوادي 2025"])
    finish(page)
