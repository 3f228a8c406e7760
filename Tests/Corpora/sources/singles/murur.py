"""طريقك: a traffic report (Saudi, live): app banner, menu on one line with «-», «مباشر» label,
the headline, «آخر تحديث منذ …», a lead, updates each under a clock-time line («07:45 ص»),
one update a one-line sentence without a stop, a road-status table as rows, a map widget,
«حمّل التطبيق», footer.
"""
from _common import ampm, bl, body_all, ch, finish
from generate import ago
import datetime as dt

SITE = {"id": "murur", "name": "طريقك", "host": "tareeqak-sa.test", "first": "2025-12-14T06:00"}


def url(art):
    return f"https://{SITE['host']}/traffic/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "app-banner", "افتح في تطبيق طريقك")
    ch(page, "menu-one-line", "الرئيسية - حالة الطرق - الحوادث - الطقس - المخالفات")
    page.gap()
    ch(page, "label-live", "مباشر")
    page.title(art.title)
    ch(page, "date-updated-relative", f"آخر تحديث {ago(ctx.rng.randint(3, 40))}")
    page.gap()
    page.note("live-updates")
    t = d.replace(hour=8, minute=40 + d.minute % 15)  # the morning the report covers
    first = True
    for kind, value in art.blocks:
        if kind == "para" and first:
            page.gap()
            page.para(value)
            page.note("lead")
            first = False
        elif kind == "para":
            page.gap()
            ch(page, "time-line", ampm(t))
            page.para(value)
            t -= dt.timedelta(minutes=ctx.rng.randint(10, 35))
        elif kind == "heading":
            page.gap()
            page.para(value)
        elif kind == "list":
            page.gap()
            page.note("body-table-rows")
            for item in value:
                page.para(item)
    page.gap()
    bl(page, "map-widget", ["خريطة الازدحام", "سلس", "متوسط", "مزدحم"])
    ch(page, "app", "حمّل تطبيق طريقك لتصلك تنبيهات الطرق لحظة بلحظة.")
    ch(page, "footer-one-line", "طريقك © 2025 - الشروط - الخصوصية")
    finish(page)
