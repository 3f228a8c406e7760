"""ملاعب الخليج (a Gulf football site): a live-scores strip, a menu on one line with «•», the
competition line «دوري الأبطال - الجولة 12», the match card (teams, score, «انتهت», stadium,
referee), tabs «التقرير | التشكيلة | الإحصائيات | الأحداث», the headline, «كتب: …» and the date,
the report, then the line-ups as lines («التشكيلة الأساسية - الوحدة», numbered players,
«البدلاء: …», «المدرب: …»), the match statistics rows, «رجل المباراة: …», a fan poll, «أخبار
ذات صلة», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "tashkila", "name": "ملاعب الخليج", "host": "malaeb-alkhaleej.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/match-report/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "live-scores", "مباشر: الشباب 1 - 0 الفيصلي (د 64) • الرائد 0 - 0 الخليج (د 31)")
    ch(page, "menu-one-line", "الرئيسية • الدوري • كأس الملك • المنتخب • انتقالات • فيديو")
    page.gap()
    ch(page, "competition", "دوري الأبطال - الجولة 12")
    bl(page, "match-card", ["الوحدة", "3 - 1", "النهضة", "انتهت", "ملعب الأمير فيصل - الحكم: سالم الدوسري"])
    ch(page, "tabs", "التقرير | التشكيلة | الإحصائيات | الأحداث")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"كتب: {art.get('author')} | {d.day} {month(d)} {d.year}")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "lineups", ["التشكيلة الأساسية - الوحدة", "1. فهد الحربي", "4. ماجد العمري", "5. خالد المطيري",
                         "8. يوسف الشهري", "10. سلطان القحطاني", "9. كارلوس مينديز",
                         "البدلاء: ناصر علي، عبدالله سعد، فيصل حمد", "المدرب: جورجي ميتيف"])
    bl(page, "lineups", ["التشكيلة الأساسية - النهضة", "22. راكان الغامدي", "3. عادل البيشي", "7. مازن الزهراني",
                         "11. أنطونيو ريبيرو", "المدرب: سعد الشهري"])
    bl(page, "match-stats", ["إحصائيات المباراة", "الاستحواذ | 58% | 42%", "التسديدات | 14 | 7",
                             "على المرمى | 6 | 3", "الركنيات | 5 | 2", "الأخطاء | 11 | 15"])
    ch(page, "man-of-match", "رجل المباراة: سلطان القحطاني")
    bl(page, "poll", ["من الأفضل في المباراة؟", "سلطان القحطاني", "كارلوس مينديز", "فهد الحربي", "صوّت"])
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    ch(page, "rights", "© 2025 ملاعب الخليج. جميع الحقوق محفوظة")
    finish(page)
