"""نجوم اليوم: a celebrity news site: a SHORTENED form of the headline with the site suffix on
top, a long menu, a horoscope widget, a «ترند» label, a PHOTO CAPTION ABOVE THE HEADLINE,
the headline, a relative date, a SHORT body (2 paragraphs) among an Instagram embed's
English lines («View this post on Instagram», «A post shared by …»), lists of other stars'
news, most-read, a poll, an app pitch, the rights line: a short article among lots of chrome.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "nujoom", "name": "نجوم اليوم", "host": "nujoom-alyawm.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/celebs/{art.slug}"


def render(art, ctx, page):
    ch(page, "title-short-suffix", f"{art.get('short')} | نجوم اليوم")
    bl(page, "menu-lines", ["الرئيسية", "نجوم", "موضة", "جمال", "مسلسلات", "أفلام", "موسيقى", "أبراج", "فيديو"])
    ch(page, "horoscope", "حظك اليوم: الحمل ♈ يوم مناسب لبدء مشروع جديد | الثور ♉ انتبه لمصروفاتك")
    page.gap()
    ch(page, "label-trend", "ترند")
    page.caption(art.get("caption"))
    page.note("caption-above-title")
    page.title(art.title)
    ch(page, "date-relative", ago(ctx.rng.randint(60, 300)))
    page.gap()
    paras = [v for k, v in art.blocks if k == "para"]
    page.para(paras[0])
    page.gap()
    bl(page, "embed", ["View this post on Instagram", "A post shared by Reem Alsaadi (@reem.alsaadi)"])
    for p in paras[1:]:
        page.para(p)
        page.gap()
    page.note("body-short")
    bl(page, "related", ["أخبار النجوم"] + ctx.others(4))
    bl(page, "most-read", ["الأكثر قراءة"] + [f"{i}. {t}" for i, t in enumerate(ctx.others(4), 1)])
    bl(page, "poll", ["استفتاء: هل تفضل المسرح أم الدراما التلفزيونية؟", "المسرح", "الدراما", "صوّت"])
    ch(page, "app", "حمّل تطبيق نجوم اليوم لتصلك أخبار نجومك المفضلين أولاً بأول.")
    ch(page, "rights", "جميع الحقوق محفوظة لنجوم اليوم 2025")
    finish(page)
