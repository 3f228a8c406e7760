"""دجلة برس: an Iraqi (Basra) news site: a ticker line of urgent headlines, a menu on one line,
the date in Levantine/Iraqi month names, a PHOTO CAPTION PRINTED ABOVE THE HEADLINE, the
headline, a view counter, the body with an in-body «اقرأ أيضاً: …» line, a copy-link line,
«المزيد من الأخبار» list, the rights line.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "dijla", "name": "دجلة برس", "host": "dijla-press.test", "first": "2025-12-13T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "ticker", "عاجل | " + " | ".join(ctx.others(3)))
    ch(page, "menu-one-line", "الرئيسية - محليات - البصرة - اقتصاد - رياضة - تقارير - فيديو")
    page.gap()
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    page.caption(art.get("caption"))
    page.note("caption-above-title")
    page.title(art.title)
    ch(page, "counter-views", f"المشاهدات: {ctx.rng.randint(300, 4000)}")
    page.gap()

    def readalso(p):
        ch(p, "read-also-line", f"اقرأ أيضاً: {ctx.others(1)[0]}")

    body_all(page, art, ctx, readalso=readalso)
    ch(page, "copy-link", f"نسخ الرابط: https://{SITE['host']}/?p={ctx.rng.randint(10000, 99999)}")
    bl(page, "latest", ["المزيد من الأخبار"] + ctx.others(5))
    ch(page, "rights", "جميع الحقوق محفوظة لموقع دجلة برس 2025")
    finish(page)
