"""مدارس النخبة الأهلية (a private school's site, Bahrain): «بوابة ولي الأمر | Parent Portal |
Français», a menu one per line, «الأخبار والإعلانات», the announcement's headline, «نُشر في:
14/12/2025 | الإدارة», the salutation «السادة أولياء الأمور الكرام،», «تحية طيبة وبعد،», the
announcement's paragraphs and numbered items, the closing formula «شاكرين لكم حسن تعاونكم،»,
the signatory «إدارة المدرسة», «المرفقات: التقويم المدرسي المعدل (PDF)», «العودة إلى
الإعلانات», a school calendar widget, «روابط سريعة», the address and footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "rawda", "name": "مدارس النخبة الأهلية", "host": "alnukhba-schools.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login-english", "بوابة ولي الأمر | Parent Portal | Français")
    bl(page, "menu-lines", ["عن المدرسة", "القبول والتسجيل", "المراحل الدراسية", "الأخبار والإعلانات", "تواصل معنا"])
    ch(page, "category", "الأخبار والإعلانات")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"نُشر في: {d.day:02d}/{d.month:02d}/{d.year} | الإدارة")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "signatory", "إدارة المدرسة")
    page.gap()
    ch(page, "attachment", "المرفقات: التقويم المدرسي المعدل (PDF)")
    ch(page, "back-link", "العودة إلى الإعلانات")
    bl(page, "events", ["التقويم المدرسي", "18 ديسمبر: اليوم الوطني - إجازة", "21 ديسمبر: بداية الاختبارات", "1 يناير: إجازة منتصف العام"])
    bl(page, "quick-links", ["روابط سريعة", "الزي المدرسي", "الحافلات", "المقصف", "الوظائف"])
    bl(page, "footer-address", ["مدارس النخبة الأهلية - مدينة عيسى - مملكة البحرين", "هاتف: 17001234", "© 2025 جميع الحقوق محفوظة"])
    finish(page)
