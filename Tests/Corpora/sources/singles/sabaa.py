"""صحيفة سبأ اليوم (a print view): a Yemeni paper's print page. «طباعة» and «إغلاق
النافذة» on top, the paper's name, «نشر بتاريخ: الثلاثاء 14 ديسمبر 2025 - 23 جمادى
الآخرة 1447هـ», «صنعاء - خاص:» glued dateline, the body, then «رابط الخبر:» with the URL
glued, «عدد القراءات: 2311» and a one-line copyright.
"""
from generate import hijri_text
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "sabaa", "name": "سبأ اليوم", "host": "sabaa-alyoum.test", "first": "2025-12-14T10:00"}


def url(art):
    return f"https://{SITE['host']}/print.php?id=90412"


def render(art, ctx, page):
    ch(page, "print-controls", "طباعة", "إغلاق النافذة")
    page.gap()
    ch(page, "site-header", "صحيفة سبأ اليوم")
    page.gap()
    ch(page, "category", "تقارير")
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-hijri", f"نشر بتاريخ: {long_date(d, comma=False)} - {hijri_text(d)}هـ")
    ch(page, "byline", f"سبأ اليوم - {art.get('author')}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "copy-link", f"رابط الخبر:https://{SITE['host']}/news.php?id=90412")
    ch(page, "counter-views", "عدد القراءات: 2311")
    page.gap()
    ch(page, "rights", "جميع الحقوق محفوظة لصحيفة سبأ اليوم ©2025")
    finish(page)
