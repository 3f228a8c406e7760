"""ملاعب المغرب العربي: a football match page with minute-by-minute lines (Tunisia): live-score
strip, menu on one line, the match card (teams, score, stadium — chrome), the headline, a date
and time, a short report paragraph, then minute lines «90+2' - …» (body: the match's story as
the site writes it), line-ups as lines (chrome widget), «إحصائيات المباراة», related, rights.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "daqiqa", "name": "ملاعب المغرب العربي", "host": "malaeb-maghreb.test", "first": "2025-12-13T21:00"}


def url(art):
    return f"https://{SITE['host']}/match/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "live-scores", "الترجي 2-1 الصفاقسي | الإفريقي 0-0 الملعب التونسي | النجم 1-3 البنزرتي")
    ch(page, "menu-one-line", "الرئيسية • الرابطة الأولى • الكأس • المنتخب • انتقالات")
    page.gap()
    bl(page, "match-card", ["الترجي الرياضي", "2 - 1", "النادي الصفاقسي", "ملعب حمادي العقربي - رادس"])
    page.title(art.title)
    ch(page, "date-maghreb", f"{d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    page.note("body-minute-lines")
    body_all(page, art, ctx)
    bl(page, "lineups", ["التشكيلة الأساسية", "الترجي: بن سعيد، الجلاصي، المرياحي، ...", "الصفاقسي: الدخيلي، الحرزي، ..."])
    bl(page, "match-stats", ["إحصائيات المباراة", "الاستحواذ 58% - 42%", "التسديدات 14 - 8"])
    bl(page, "related", ["مقالات ذات صلة"] + ctx.others(3))
    ch(page, "rights", "© ملاعب المغرب العربي 2025")
    finish(page)
