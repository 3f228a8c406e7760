"""بوابة التعليم: an education news portal's exam-timetable story. Menu in one line of «•»,
«عاجل» ticker line, the title printed in a «title - بوابة التعليم» line on top and again as the
headline, Arabic-Indic date «١٤/١٢/٢٠٢٥», the timetable printed as lines «المادة: … - اليوم …»
in the body (body lines), a PDF download line, «رابط مختصر» copy-link, Telegram promo,
«اقرأ أيضا» list, comment count, footer one line.
"""
from _common import bl, body_all, ch, finish
from generate import indic

SITE = {"id": "imtihanat", "name": "بوابة التعليم", "host": "bawabat-altaalim.test", "first": "2025-12-14T08:10"}


def url(art):
    return f"https://{SITE['host']}/exams/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "title-suffix-line", f"{art.title} - بوابة التعليم")
    page.gap()
    ch(page, "menu-one-line", "الرئيسية • أخبار الوزارة • الامتحانات • النتائج • المعلمين • الجامعات")
    ch(page, "ticker", "عاجل: " + ctx.others(1)[0])
    page.gap()
    page.title(art.title)
    ch(page, "date-indic", f"{indic(d.day)}/{indic(d.month)}/{indic(d.year)} - {indic(d.hour)}:{indic(f'{d.minute:02d}')}")
    ch(page, "byline", "كتب: حسام الدين عبد الرحيم")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "download", ["تحميل جدول الامتحانات PDF"])
    ch(page, "copy-link", f"رابط مختصر: https://bawabat-altaalim.test/?p={d.day}{d.month}77")
    bl(page, "telegram-promo", ["تابعوا قناة بوابة التعليم على تيليجرام لمعرفة المواعيد أولاً بأول"])
    bl(page, "read-also-line", ["اقرأ أيضا"] + ctx.others(3))
    ch(page, "counter-comments", "التعليقات (0)")
    bl(page, "footer-one-line", ["من نحن - اتصل بنا - سياسة الخصوصية - جميع الحقوق محفوظة لبوابة التعليم 2025"])
    finish(page)
