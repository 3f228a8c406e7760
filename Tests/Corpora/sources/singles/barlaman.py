"""مجلس النواب - الموقع الرسمي: a parliament news page: site header, accessibility bar, menu
one per line, a breadcrumb, a session line (KICKER above the headline), the headline, a
numeric date, the body with an agenda list and the VOTE TABLE AS LINES (body), an attachment
line, «أخبار المجلس» list, a footer address, the rights line.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "barlaman", "name": "مجلس النواب", "host": "nuwwab-parliament.gov.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://www.{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "مجلس النواب - الموقع الرسمي")
    ch(page, "accessibility", "تكبير الخط | تصغير الخط | تباين عالٍ")
    bl(page, "menu-lines", ["الرئيسية", "عن المجلس", "النواب", "اللجان", "الجلسات", "التشريعات", "المركز الإعلامي"])
    ch(page, "breadcrumb", "الرئيسية / المركز الإعلامي / أخبار المجلس")
    page.gap()
    ch(page, "kicker", "الجلسة العامة الثالثة والعشرون - الدورة العادية الثانية")
    page.title(art.title)
    ch(page, "date-numeric", f"{d.year}/{d.month:02d}/{d.day:02d}")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "attachment", "تحميل نص القانون كما أُقر (PDF - 1.2 م.ب)")
    bl(page, "related", ["أخبار المجلس"] + ctx.others(4))
    ch(page, "footer-address", "مجلس النواب - شارع البرلمان - هاتف 06 5000000")
    ch(page, "rights", "جميع الحقوق محفوظة لمجلس النواب 2025")
    finish(page)
