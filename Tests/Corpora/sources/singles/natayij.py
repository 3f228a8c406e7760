"""نتائجكم: an education-results site (Iraq): site header, login, menu lines, breadcrumb ending
with the title, the headline, «آخر تحديث: …», a body that starts with numbered steps to read the
results (no lead-in), a pass-rate table printed cell by cell (digits-only lines), a dateline
paragraph, a Telegram promo, a results search form, related, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "natayij", "name": "نتائجكم", "host": "nataijukum-iq.test", "first": "2025-12-13T10:00"}


def url(art):
    return f"https://{SITE['host']}/results/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "نتائجكم - بوابة نتائج الامتحانات في العراق")
    ch(page, "login", "تسجيل الدخول | حساب جديد")
    bl(page, "menu-lines", ["الرئيسية", "السادس الإعدادي", "الثالث المتوسط", "القبول المركزي", "الجامعات"])
    ch(page, "breadcrumb-title", f"الرئيسية > السادس الإعدادي > {art.title}")
    page.gap()
    page.title(art.title)
    ch(page, "date-updated", f"آخر تحديث: {d.day} {month(d, 'levant')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    page.note("body-steps-first")
    page.note("body-digits-lines")
    body_all(page, art, ctx)
    ch(page, "telegram-promo", "انضم إلى قناتنا على تيليجرام لتصلك النتائج فور صدورها.")
    bl(page, "search-form", ["ابحث عن نتيجتك", "الرقم الامتحاني:", "بحث"])
    bl(page, "related", ["اقرأ أيضاً"] + ctx.others(4))
    ch(page, "footer-one-line", "نتائجكم © 2025 - الموقع غير تابع لأي جهة حكومية")
    finish(page)
