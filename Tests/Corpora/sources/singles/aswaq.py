"""أسواق اليوم: a Gulf business site. A markets widget (index names and changes on short
lines), «تاريخ النشر: 14 ديسمبر 2025 | 03:12 م», «مدة القراءة: 3 دقائق», an «إعلان»
label and an «محتوى مدعوم» sponsored box (a headline and a teaser), a headline printed
a second time above the body in a share box, a source line «المصدر: …» after the body,
«اقرأ المزيد من أسواق اليوم» and English «Advertisement».
"""
from generate import month
from _common import ampm, bl, body_all, ch, finish

SITE = {"id": "aswaq", "name": "أسواق اليوم", "host": "www.aswaq-alyawm.test", "first": "2025-12-14T07:00"}


def url(art):
    return f"https://{SITE['host']}/markets/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-one-line", ["أسواق اليوم - أخبار | أسهم | عملات | طاقة | عقارات | شركات"])
    bl(page, "markets-widget", ["مؤشر السوق 11,842.3 ▲ 0.6%", "برنت 71.40 ▼ 1.2%", "الذهب 2,314 ▲ 0.3%", "الدولار/اليورو 0.921"])
    ch(page, "category", "طاقة")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-pipe-ampm", f"تاريخ النشر: {d.day} {month(d)} {d.year} | {ampm(d)}")
    ch(page, "reading-time", "مدة القراءة: 3 دقائق")
    page.gap()
    bl(page, "ad-label", ["إعلان"])
    page.title(art.title)
    ch(page, "share", "مشاركة: X | لينكدإن | واتساب | نسخ الرابط")
    page.note("title-twice")
    page.gap()
    page.para(art.get("subtitle"))
    page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-line", f"اقرأ المزيد: {t}")
    body_all(page, art, ctx, readalso=readalso)
    page.credit(f"المصدر: {art.get('credit')}", art.get("credit"))
    page.gap()
    bl(page, "sponsored", ["محتوى مدعوم", "كيف تبدأ الاستثمار في صناديق المؤشرات بمبلغ صغير؟", "دليل مبسط للمستثمر المبتدئ من منصة استثمار مرخصة"])
    bl(page, "related", ["اقرأ المزيد من أسواق اليوم"] + ctx.others(3))
    bl(page, "english-widget", ["Advertisement"])
    ch(page, "rights", "© أسواق اليوم 2025 - جميع الحقوق محفوظة")
    finish(page)
