"""الرافدين برس: an Iraqi news site. A ticker on one line «عاجل | … | …», the date as
«2025/12/14 11:30» then «كانون الأول 14» style, «👁 1,204» views, «بغداد/ الرافدين برس»
dateline glued, «شارك على: فيسبوك تويتر واتساب تلغرام», «رابط مختصر:» with a short URL on
the next line, «المزيد من الأخبار» list, «جميع الحقوق محفوظة ©» with years range.
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "rafidain", "name": "الرافدين برس", "host": "rafidain-press.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/?p=51877"


def render(art, ctx, page):
    bl(page, "ticker", ["عاجل | " + " | ".join(ctx.others(3))])
    bl(page, "menu-lines", ["الرئيسية", "سياسة", "أمن", "اقتصاد", "محليات", "رياضة", "تقارير"])
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-levant", f"{d.day} {month(d, 'levant')} {d.year}، {d.hour:02d}:{d.minute:02d}")
    ch(page, "counter-views", "👁 1,204")
    page.gap()
    page.note("dateline-glued")
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-line", f"إقرأ أيضاً: {t}")
    body_all(page, art, ctx, readalso=readalso)
    ch(page, "share", "شارك على: فيسبوك تويتر واتساب تلغرام")
    ch(page, "copy-link", "رابط مختصر:", f"https://{SITE['host']}/?p=51877")
    page.gap()
    bl(page, "related", ["المزيد من الأخبار"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة © الرافدين برس 2016 - 2025")
    finish(page)
