"""حوادث اليوم: a crime/accident brief (Egypt): heavy chrome around a three-paragraph brief —
breaking ticker, a menu one per line, «عاجل» label, the headline, «كتب: …» with an Egyptian
weekday date, the dateline glued, a paragraph that starts with «اقرأ» (a police instruction),
a read-also line, most-read, latest, Google News promo, comment policy, footer.
"""
from _common import ampm, bl, body_all, ch, finish, long_date

SITE = {"id": "hawadith", "name": "حوادث اليوم", "host": "hawadith-alyawm.test", "first": "2025-12-13T22:00"}


def url(art):
    return f"https://{SITE['host']}/accidents/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "ticker", "عاجل: " + " ... ".join(ctx.others(3)))
    bl(page, "menu-lines", ["الرئيسية", "حوادث", "قضايا", "محافظات", "تحقيقات", "فيديو", "إنفوجراف"])
    ch(page, "label-breaking", "عاجل")
    page.title(art.title)
    ch(page, "byline", f"كتب: {art.meta['author']}")
    ch(page, "date-egypt", f"{long_date(d)} {ampm(d)}")
    page.gap()
    page.note("dateline-glued")
    page.note("body-starts-with-read")
    body_all(page, art, ctx)
    ch(page, "read-also-line", "اقرأ أيضا: " + ctx.others(1)[0])
    page.gap()
    ch(page, "google-news", "تابعوا حوادث اليوم على جوجل نيوز")
    bl(page, "most-read", ["الأكثر قراءة"] + ctx.others(5))
    bl(page, "latest", ["آخر الأخبار"] + ctx.others(4))
    ch(page, "comment-policy", "التعليقات المنشورة تعبر عن آراء أصحابها، ويحتفظ الموقع بحق حذف أي تعليق مسيء.")
    ch(page, "footer-one-line", "من نحن - اتصل بنا - سياسة الخصوصية - جميع الحقوق محفوظة لموقع حوادث اليوم 2025")
    finish(page)
