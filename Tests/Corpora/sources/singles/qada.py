"""المرصد القضائي: a court and legal news site: menu one per line, the date, the TITLE AFTER THE
DATE, a case box (label: value lines: case number, court, session date), LIVE UPDATES of a
trial session (clock-time lines, each followed by its update), a legal disclaimer written
as a whole sentence, tags, a «قضايا أخرى» list, the rights line.
"""
from _common import bl, body_all, ch, finish, long_date, ampm

SITE = {"id": "qada", "name": "المرصد القضائي", "host": "marsad-qadai.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/cases/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "المرصد القضائي")
    bl(page, "menu-lines", ["الرئيسية", "محاكم", "تشريعات", "أحكام", "استشارات", "مقالات قانونية"])
    ch(page, "date-weekday-time", f"{long_date(d)} - {ampm(d)}")
    page.note("title-after-date")
    page.title(art.title)
    page.gap()
    bl(page, "fact-box", ["رقم القضية: 1184 لسنة 2025 جنايات", "المحكمة: محكمة الجنايات الكبرى",
                          f"تاريخ الجلسة: {d.day}/{d.month}/{d.year}"])
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    times = iter(art.get("times").split(","))

    # The body's subheadings are the live updates' clock times: chrome lines, not body.
    for kind, value in art.blocks:
        if kind == "heading":
            page.gap()
            ch(page, "time-line", next(times).strip())
        elif kind == "para":
            page.add(value, "para")
            page.gap()
    page.note("live-updates")
    ch(page, "disclaimer", "ما يُنشر في هذه الصفحة نقل لوقائع جلسات علنية لأغراض إعلامية، ولا يُعد استشارة قانونية، والمتهم بريء حتى تثبت إدانته بحكم قضائي بات.")
    ch(page, "tags", "وسوم: محكمة الجنايات، الاحتيال، العقارات")
    bl(page, "related", ["قضايا أخرى"] + ctx.others(4))
    ch(page, "rights", "© المرصد القضائي 2025. جميع الحقوق محفوظة")
    finish(page)
