"""ملاعب ليبيا: a live match page (Libyan league) on a sports site: live scores strip, menu on one
line, a match card (teams, score, «الشوط الثاني 78'», goal scorers), tabs («مباشر |
التشكيلة | الإحصائيات»), the headline, «تحديث تلقائي», the live commentary: minute lines
«د 78» each on its own line over its update (the updates are the report), the line-ups
and a statistics widget after it, «مباريات اليوم», footer.
"""
from _common import bl, ch, finish

SITE = {"id": "mubashara", "name": "ملاعب ليبيا", "host": "malaeb-ly.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/live/{art.slug}"


def render(art, ctx, page):
    ch(page, "live-scores", "الأهلي بنغازي 0-0 الاتحاد المصراتي | النصر 2-1 الهلال الزاوي")
    ch(page, "menu-one-line", "الرئيسية - الدوري الليبي - الكأس - المنتخب - فيديو")
    page.gap()
    bl(page, "match-card", ["نجم الساحل الغربي", "2 - 1", "شباب الوادي", "الشوط الثاني 78'",
                            "سالم القماطي 23' - علي بوخريص 61' | مفتاح الورفلي 55'"])
    ch(page, "tabs", "مباشر | التشكيلة | الإحصائيات")
    page.gap()
    page.title(art.title)
    ch(page, "auto-update", "تحديث تلقائي")
    page.gap()
    minutes = iter(art.get("minutes").split(","))
    page.note("live-updates")
    for kind, value in art.blocks:
        if kind == "para":
            ch(page, "time-line", f"د {next(minutes).strip()}")
            page.para(value)
            page.gap()
    bl(page, "lineups", ["التشكيلة", "نجم الساحل الغربي: الزوي - العبيدي - القماطي - بوخريص", "شباب الوادي: الشريف - المقريف - الورفلي"])
    bl(page, "match-stats", ["الاستحواذ 54% - 46%", "التسديدات 11 - 7", "الركنيات 5 - 3"])
    bl(page, "fixture-widget", ["مباريات اليوم"] + ctx.others(3))
    ch(page, "rights", "© ملاعب ليبيا 2025")
    finish(page)
