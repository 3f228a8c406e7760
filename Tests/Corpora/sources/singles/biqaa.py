"""البقاع نيوز: a Lebanese local site's urgent flash with NO HEADLINE: a ticker, menu lines,
the date in Levantine month names, a «خبر عاجل» label, ONE paragraph, then a lot of chrome
(«آخر الأخبار» with clock times, «الأكثر قراءة», a newsletter and an app pitch, the footer
blurb, the rights line): a short article among lots of chrome, and no title line at all.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "biqaa", "name": "البقاع نيوز", "host": "biqaa-news.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/flash/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "ticker", "آخر الأخبار: " + " ... ".join(ctx.others(3)))
    bl(page, "menu-lines", ["الرئيسية", "البقاع", "لبنان", "عربي ودولي", "اقتصاد", "رياضة", "صحة", "فيديو"])
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year} | {d.hour:02d}:{d.minute:02d}")
    page.gap()
    ch(page, "label-breaking", "خبر عاجل")
    page.note("no-title-line")
    page.gap()
    body_all(page, art, ctx)
    items = ["آخر الأخبار"]
    for i, t in enumerate(ctx.others(5)):
        items.append(f"{(d.hour - i) % 24:02d}:{(d.minute * 7 + i * 13) % 60:02d} {t}")
    bl(page, "latest", items)
    bl(page, "most-read", ["الأكثر قراءة"] + ctx.others(4))
    ch(page, "newsletter", "اشترك في نشرة البقاع نيوز اليومية لتصلك أهم الأخبار كل صباح على بريدك.")
    ch(page, "app", "حمّلوا تطبيق البقاع نيوز على هواتفكم.")
    ch(page, "footer-about", "البقاع نيوز موقع إخباري مستقل يغطي أخبار البقاع ولبنان على مدار الساعة منذ عام 2012.")
    ch(page, "rights", "© 2025 البقاع نيوز. جميع الحقوق محفوظة")
    finish(page)
