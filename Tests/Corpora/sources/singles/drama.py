"""شاشة: a film and TV review site: English widgets («Watch trailer», «Sign in»), a menu, an
OVERLINE «مراجعة مسلسل» above the headline, the headline, the reviewer's byline and date, a
spoiler warning, the series card (label: value lines), the review with subheadings, the
score line, a readers' score, «مراجعات أخرى» list, a footer line.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "drama", "name": "شاشة", "host": "shasha-reviews.test", "first": "2025-12-11T08:00"}


def url(art):
    return f"https://{SITE['host']}/series/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Sign in | Watchlist")
    ch(page, "menu-one-line", "أفلام · مسلسلات · نجوم · مهرجانات · قوائم")
    page.gap()
    ch(page, "kicker", "مراجعة مسلسل")
    page.title(art.title)
    ch(page, "byline-date", f"{art.get('author')} - {d.day} {month(d)} {d.year}")
    page.gap()
    ch(page, "spoiler-warning", "تنبيه: تحتوي هذه المراجعة على تفاصيل من الحلقات الأولى.")
    bl(page, "film-card", ["المسلسل: ظل الميناء", "الموسم: الأول", "عدد الحلقات: 30", "الإخراج: سامر الأحمد", "المنصة: قناة الأفق"])
    ch(page, "english-widget", "Watch trailer")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "rating", "تقييم شاشة: 6.5/10")
    ch(page, "user-rating", "تقييم القراء: 7.8 (412 صوتاً)")
    bl(page, "related", ["مراجعات أخرى"] + ctx.others(4))
    ch(page, "footer-one-line", "© 2025 Shasha Reviews — جميع الحقوق محفوظة")
    finish(page)
