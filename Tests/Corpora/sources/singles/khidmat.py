"""بوابة الخدمات الحكومية (a government e-services portal, UAE-like): «English | تسجيل الدخول
بالهوية الرقمية», accessibility tools «A+ A A- | تباين الألوان | قراءة الصفحة», a menu one per
line, the breadcrumb, the service's headline, its fact box («مدة الإنجاز: 3 أيام عمل», «الرسوم:
100 درهم», «القناة: إلكترونية»), «ابدأ الخدمة», the description, «المتطلبات» and «خطوات الخدمة»
lists (body), «هل كانت هذه الصفحة مفيدة؟ نعم | لا», «قيّم الخدمة ★★★★★», «آخر مراجعة للمحتوى: …»,
«خدمات ذات صلة», the happiness-centre number, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "khidmat", "name": "بوابة الخدمات الحكومية", "host": "gov-services.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/services/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login-english", "English | تسجيل الدخول بالهوية الرقمية")
    ch(page, "accessibility", "A+ A A- | تباين الألوان | قراءة الصفحة")
    bl(page, "menu-lines", ["الخدمات", "الجهات الحكومية", "المعلومات والخدمات", "المشاركة الرقمية", "تواصل معنا"])
    ch(page, "breadcrumb", "الرئيسية / الخدمات / المركبات والنقل")
    page.gap()
    page.title(art.title)
    bl(page, "fact-box", ["مدة الإنجاز: 3 أيام عمل", "الرسوم: 100 درهم", "القناة: إلكترونية"])
    ch(page, "cta", "ابدأ الخدمة")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "feedback", "هل كانت هذه الصفحة مفيدة؟ نعم | لا")
    ch(page, "user-rating", "قيّم الخدمة ★★★★★")
    ch(page, "date-reviewed", f"آخر مراجعة للمحتوى: {d.day} {month(d)} {d.year}")
    bl(page, "related", ["خدمات ذات صلة"] + ctx.others(3))
    ch(page, "contact", "مركز السعادة: 800 4444")
    ch(page, "rights", "© 2025 بوابة الخدمات الحكومية. جميع الحقوق محفوظة")
    finish(page)
