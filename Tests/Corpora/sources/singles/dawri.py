"""هدف نيوز: a round's results page. Login line, a menu of leagues on one line with «/», the
category «الدوري الممتاز» above the title with no blank line, «منذ ٥ ساعات» relative date, the
results printed in the body one match per line (body), a standings widget after the text
(«الترتيب» header, «م | الفريق | لعب | نقاط» head row, rows with points: chrome), top scorers
widget, «تابعنا» social follow, a poll («من بطل الدوري؟» options with percentages), footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "dawri", "name": "هدف نيوز", "host": "hadaf-news.test", "first": "2025-12-14T19:00"}


def url(art):
    return f"https://{SITE['host']}/league/round-{art.get('round')}"


def render(art, ctx, page):
    ch(page, "login", "تسجيل الدخول / حساب جديد")
    page.gap()
    ch(page, "menu-one-line", "الدوري الممتاز / دوري الدرجة الأولى / الكأس / أبطال العرب / المنتخبات")
    page.gap()
    ch(page, "category", "الدوري الممتاز")
    page.note("title-no-blank-after-category")
    page.title(art.title)
    ch(page, "date-relative", ago(int((ctx.crawled - art.date).total_seconds() // 60)))
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "standings-widget", ["الترتيب", "م | الفريق | لعب | نقاط", "1 | الرياح | 16 | 38", "2 | المرفأ | 16 | 34", "3 | النسور | 15 | 30", "4 | الكرمل | 16 | 27", "الترتيب الكامل"])
    bl(page, "scorers-widget", ["الهدافون", "ماهر السبيعي (الرياح) 11", "إبراهيم تراوري (المرفأ) 9", "خالد النمر (النسور) 8"])
    bl(page, "poll", ["من بطل الدوري هذا الموسم؟", "الرياح 54%", "المرفأ 31%", "النسور 15%", "صوّت"])
    ch(page, "social-follow", "تابعنا: فيسبوك | إكس | يوتيوب | إنستغرام")
    page.gap()
    ch(page, "rights", "هدف نيوز © 2025")
    finish(page)
