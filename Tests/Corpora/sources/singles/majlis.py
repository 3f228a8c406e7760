"""مضابط المجلس: a parliament's minutes summary page (Kuwait): the site header, a date line
with the Hijri date, menu on one line, a session box (session number, type, chaired by,
attendance), the headline, the agenda as a numbered list, speaker lines «النائب …: …» (the
minutes' content), a vote result line, «تحميل المضبطة كاملة», «جلسات سابقة», footer.
"""
from _common import bl, body_all, ch, finish, long_date
from generate import hijri_text

SITE = {"id": "majlis", "name": "مضابط المجلس", "host": "madabit-majlis.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/sessions/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "مضابط المجلس - الأرشيف البرلماني")
    ch(page, "date-hijri", f"{long_date(d)} - {hijri_text(d)} هـ")
    ch(page, "menu-one-line", "الرئيسية | الجلسات | اللجان | الأعضاء | القوانين | البث المباشر")
    page.gap()
    bl(page, "fact-box", ["رقم الجلسة: 14", "نوع الجلسة: عادية", "رئاسة الجلسة: رئيس المجلس", "الحضور: 58 عضواً"])
    page.title(art.title)
    page.gap()
    page.note("body-speaker-lines")
    body_all(page, art, ctx)
    ch(page, "vote-result", "نتيجة التصويت: موافقة 41 - رفض 12 - امتناع 3")
    ch(page, "download", "تحميل المضبطة كاملة")
    bl(page, "related", ["جلسات سابقة"] + ctx.others(3))
    ch(page, "footer", "الأرشيف البرلماني - إدارة المضابط")
    finish(page)
