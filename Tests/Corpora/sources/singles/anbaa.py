"""وكالة أنباء الوادي الأخضر: a news agency. A language switch «عربي | English | Français»,
«دخول المشتركين», the date and time lines «14/12/2025» «11:42 ص», a one-paragraph story whose
first line carries the agency dateline «عمّان 14 كانون الأول (وأخ) –», an English news-ticker
block, «آخر الأخبار» with clock times, a long footer. An honest edge case: a very short
article under a lot of chrome.
"""
from generate import month
from _common import ampm, bl, body_all, ch, finish

SITE = {"id": "anbaa", "name": "وكالة أنباء الوادي الأخضر", "host": "www.wakh-news.test", "first": "2025-12-14T09:00"}


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    ch(page, "language-switch", "عربي | English | Français")
    ch(page, "login", "دخول المشتركين")
    page.gap()
    bl(page, "menu-lines", ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "صور", "فيديو", "اتصل بنا"])
    d = art.date
    ch(page, "date-numeric", f"{d.day:02d}/{d.month:02d}/{d.year}")
    ch(page, "time-line", ampm(d))
    page.gap()
    page.title(art.title)
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "signature", "(وأخ) ر ع / س ن")
    page.gap()
    bl(page, "english-widget", ["Latest News", "Breaking", "More"])
    latest = ctx.others(5)
    bl(page, "latest", ["آخر الأخبار"] + [f"{10 + i:02d}:{(7 * i + 3) % 60:02d} {t}" for i, t in enumerate(latest)])
    bl(page, "app", ["حمّلوا تطبيق الوكالة", "متوفر على App Store و Google Play"])
    bl(page, "footer", ["عن الوكالة", "خدمات المشتركين", "شروط الاستخدام", "خريطة الموقع",
                        f"جميع الحقوق محفوظة لوكالة أنباء الوادي الأخضر {d.year} ©"])
    finish(page)
