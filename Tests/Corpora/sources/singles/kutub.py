"""رفوف: a book review site: menu on one line, a BREADCRUMB ENDING WITH THE TITLE, the
headline, «مراجعة: <name>» with the date, the book card (label: value lines: not body), a
star rating, the review (a body paragraph STARTS WITH «اقرأ»: a sentence of the review,
not a read-more line), a buy-the-book pitch, «أضف إلى قائمة القراءة», «مراجعات أخرى» list
with summaries, a footer line.
"""
from _common import bl, body_all, ch, finish, teasers
from generate import month

SITE = {"id": "kutub", "name": "رفوف", "host": "rufuf-reviews.test", "first": "2025-12-10T08:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "رفوف | مراجعات الكتب العربية")
    ch(page, "menu-one-line", "الرئيسية / روايات / شعر / فكر / تاريخ / كتب الأطفال / من نحن")
    page.gap()
    ch(page, "breadcrumb-title", f"الرئيسية » مراجعات » روايات » {art.title}")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"مراجعة: {art.get('author')} | {d.day} {month(d)} {d.year}")
    page.gap()
    bl(page, "book-card", ["الكتاب: بيت على حافة النهر", "المؤلف: نوال الحداد", "الناشر: دار المدى الأخضر",
                           "سنة النشر: 2025", "عدد الصفحات: 312"])
    ch(page, "rating", "تقييمنا: ★★★★☆ (4 من 5)")
    page.gap()
    body_all(page, art, ctx)
    page.note("body-starts-with-read")
    ch(page, "cta", "اشترِ الكتاب من متجر رفوف بخصم 10% للمشتركين.")
    ch(page, "reading-list", "أضف إلى قائمة القراءة")
    page.gap()
    items = ["مراجعات أخرى"]
    for head, summary in teasers(ctx, 3):
        items += [head, summary]
    bl(page, "related-summaries", items)
    ch(page, "footer-one-line", "عن رفوف · اكتب مراجعة · سياسة الخصوصية · © 2025")
    finish(page)
