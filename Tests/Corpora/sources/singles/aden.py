"""عدن الآن: a Yemeni news site: top bar with the Hijri and Gregorian date, menu lines, the
CATEGORY PRINTED TWICE (in the section bar and again over the headline), the headline,
«عدن - خاص», the body with a glued dateline, a Telegram promo sentence, a «أخبار متعلقة»
list, the rights line.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month, weekday

SITE = {"id": "aden", "name": "عدن الآن", "host": "aden-alaan.test", "first": "2025-12-13T08:00"}


def url(art):
    return f"https://{SITE['host']}/local/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri", f"{weekday(d)} {hijri_text(d)}هـ الموافق {d.day} {month(d)} {d.year}م")
    bl(page, "menu-lines", ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "حوارات", "كتابات"])
    ch(page, "category", "محليات")
    page.gap()
    ch(page, "category-twice", "محليات")
    page.title(art.title)
    ch(page, "byline-city", "عدن - خاص")
    ch(page, "date-time", f"{d.hour:02d}:{d.minute:02d} - {d.day}/{d.month}/{d.year}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "telegram-promo", "تابعوا آخر الأخبار لحظة بلحظة عبر قناة عدن الآن على تيليجرام، واشتركوا ليصلكم كل جديد.")
    bl(page, "related", ["أخبار متعلقة"] + ctx.others(4))
    ch(page, "rights", "جميع الحقوق محفوظة © عدن الآن 2025")
    finish(page)
