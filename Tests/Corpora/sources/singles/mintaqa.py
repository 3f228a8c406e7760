"""صحيفة المنطقة (a Saudi regional daily, Qassim): the paper's header with its Hijri and Gregorian
date «الأحد 23 جمادى الآخرة 1447هـ - الموافق 14 ديسمبر 2025م» and «العدد 18234», «النسخة
الورقية | PDF», a menu on one line with «|», «المنطقة - بريدة», the headline, «بريدة - محمد …»
as the byline, the text, «نُشر في العدد الورقي رقم 18234 الصفحة 7», a font-size row «A+ | A-»,
«التعليقات مغلقة على هذا الخبر», «اقرأ في عدد اليوم» list, footer.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month, weekday

SITE = {"id": "mintaqa", "name": "صحيفة المنطقة", "host": "almintaqa-daily.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/article/{art.slug}"


def render(art, ctx, page):
    d = art.date
    issue = 18234 + art.number
    ch(page, "site-header", "صحيفة المنطقة")
    ch(page, "date-hijri", f"{weekday(d)} {hijri_text(d)}هـ - الموافق {d.day} {month(d)} {d.year}م")
    ch(page, "issue-number", f"العدد {issue}")
    ch(page, "print-edition", "النسخة الورقية | PDF")
    ch(page, "menu-one-line", "الرئيسية | محليات | القصيم | اقتصاد | رياضة | الرأي | كتّاب")
    page.gap()
    ch(page, "category", "المنطقة - بريدة")
    page.gap()
    page.title(art.title)
    ch(page, "byline-place", f"بريدة - {art.get('author')}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "first-published", f"نُشر في العدد الورقي رقم {issue} الصفحة 7")
    ch(page, "font-controls", "A+ | A-")
    ch(page, "comments-closed", "التعليقات مغلقة على هذا الخبر")
    bl(page, "related", ["اقرأ في عدد اليوم"] + ctx.others(4))
    ch(page, "footer-one-line", "من نحن | الإعلان | الاشتراكات | اتصل بنا")
    ch(page, "rights", "جميع الحقوق محفوظة لمؤسسة المنطقة للصحافة والنشر 1447هـ")
    finish(page)
