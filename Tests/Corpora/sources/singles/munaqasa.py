"""بوابة المناقصات العمانية: a tender notice on a tenders portal (Oman) with English chrome:
«English | عربي», «Login / Register», menu on one line, a breadcrumb, the tender's title, a
tender box (number, entity, category, fee, closing date), the description and conditions
(a numbered list), «تحميل مستندات المناقصة», «Share», «Similar tenders», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "munaqasa", "name": "بوابة المناقصات العمانية", "host": "tenders-om.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/tender/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "English | عربي")
    ch(page, "login-english", "Login / Register")
    ch(page, "menu-one-line", "الرئيسية  المناقصات  الترسية  الموردون  الأسئلة الشائعة  اتصل بنا")
    ch(page, "breadcrumb", "الرئيسية > المناقصات > إنشاءات")
    page.gap()
    page.title(art.title)
    page.gap()
    bl(page, "fact-box", ["رقم المناقصة: 2025/118/م ع", "الجهة: بلدية ظفار", "الفئة: إنشاءات - الدرجة الثانية",
                          "رسوم المستندات: 150 ر.ع", f"تاريخ الطرح: {d.day}/{d.month}/{d.year}", "آخر موعد لتقديم العطاءات: 20/01/2026"])
    page.note("body-numbered")
    body_all(page, art, ctx)
    ch(page, "download", "تحميل مستندات المناقصة")
    ch(page, "share-english", "Share: Facebook | X | LinkedIn | Email")
    bl(page, "related-english", ["Similar tenders"] + ctx.others(3))
    ch(page, "footer-one-line", "سياسة الخصوصية | شروط الاستخدام | Sitemap")
    ch(page, "rights", "© 2025 Tenders Oman. All rights reserved.")
    finish(page)
