"""الواحة: a Saudi daily. The Hijri date first («الأحد 23 جمادى الآخرة 1447 هـ - 14 ديسمبر
2025 م»), the issue number, a print/send/save row, «الرياض - واس» style dateline glued to the
first paragraph, the author as «<name> - <city>», «التعليقات (0)» and «لا توجد تعليقات»,
a «أخبار ذات صلة» list, a links footer and «جميع الحقوق محفوظة لمؤسسة …».
"""
from generate import hijri_text, weekday
from _common import bl, body_all, ch, finish

SITE = {"id": "waha", "name": "الواحة", "host": "www.alwaha-daily.test", "first": "2025-12-14T05:00"}


def url(art):
    return f"https://{SITE['host']}/article/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri", f"{weekday(d)} {hijri_text(d)} هـ - {d.day} ديسمبر {d.year} م")
    ch(page, "issue-number", "العدد 19234")
    page.gap()
    ch(page, "menu-one-line", "الرئيسية - محليات - اقتصاد - الرياضة - الثقافة - الرأي - كاريكاتير")
    page.gap()
    ch(page, "category", "محليات")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"{art.get('author')} - {art.get('city')}")
    ch(page, "share", "طباعة   إرسال   حفظ")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    bl(page, "comments-empty", ["التعليقات (0)", "لا توجد تعليقات", "أضف تعليقا"])
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(3))
    bl(page, "footer", ["اتصل بنا", "الاشتراكات", "الإعلانات", "جميع الحقوق محفوظة لمؤسسة الواحة للصحافة والنشر"])
    finish(page)
