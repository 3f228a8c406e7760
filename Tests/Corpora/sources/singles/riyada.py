"""الملعب اليوم: a sports site's match report. Live-scores strip at the top (team, score,
minute: chrome), menu one per line, the match card (teams and score, scorers with minutes,
stadium, referee: chrome) then the title and the report, the league table after the report
printed as lines (body: the article gives it), «المباراة القادمة» fixture widget, «تشكيلة
الفريقين» tab labels, «أهداف المباراة» video teasers with durations, footer.
"""
from _common import bl, body_all, ch, finish, ampm, long_date

SITE = {"id": "riyada", "name": "الملعب اليوم", "host": "almalaab-alyawm.test", "first": "2025-12-13T22:40"}


def url(art):
    return f"https://{SITE['host']}/match-report/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "live-scores", ["مباريات اليوم", "الفيصلي 1 - 0 الوحدات  75'", "الجزيرة 0 - 0 الرمثا  انتهت", "شباب الأردن 2 - 2 الحسين  انتهت"])
    bl(page, "menu-lines", ["الرئيسية", "الدوري المحلي", "الدوريات العربية", "الكرة العالمية", "فيديو", "جدول المباريات"])
    bl(page, "match-card", ["النجم الساحلي", "3 - 1", "اتحاد الشمال", "انتهت", "أهداف: مراد الكعبي 12' 67'، سفيان بلحاج 81' | زياد الدوري 44'", "الملعب: ملعب المدينة الأولمبي", "الحكم: عادل القاسمي"])
    bl(page, "tabs", ["ملخص", "التشكيلة", "الإحصائيات", "الترتيب"])
    page.title(art.title)
    ch(page, "date-weekday-ampm", f"{long_date(d)} - {ampm(d)}")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "fixture-widget", ["المباراة القادمة", "النجم الساحلي × الأهلي", "السبت 20 ديسمبر - 19:00"])
    bl(page, "video-teasers", ["أهداف المباراة", "ملخص مباراة النجم واتحاد الشمال 04:12", "هدف مراد الكعبي الثاني 00:45"])
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    ch(page, "rights", "© الملعب اليوم 2025 - جميع الحقوق محفوظة")
    finish(page)
