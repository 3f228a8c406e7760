"""بوابة الشمال (AMP): an AMP / reader-mode dump: the host name on its own line, «القائمة»,
«النسخة المختصرة (AMP)», the headline, «<author> · 4 دقائق للقراءة», a date, the body with a
caption line, an «اقرأ أيضًا» block of links, «العودة إلى الأعلى», «عرض النسخة الكاملة من
الموقع», «Powered by AMP»: little chrome, English bits, the title once.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "bawaba", "name": "بوابة الشمال", "host": "bawabat-alshamal.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/amp/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "host-line", SITE["host"])
    ch(page, "amp-controls", "القائمة")
    ch(page, "amp-label", "النسخة المختصرة (AMP)")
    page.gap()
    page.title(art.title)
    ch(page, "byline-reading-time", f"{art.get('author')} · 4 دقائق للقراءة")
    ch(page, "date", f"{d.day} {month(d)} {d.year}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "read-also-box", ["اقرأ أيضًا"] + ctx.others(3))
    ch(page, "back-to-top", "العودة إلى الأعلى")
    ch(page, "amp-controls", "عرض النسخة الكاملة من الموقع")
    ch(page, "english-widget", "Powered by AMP")
    finish(page)
