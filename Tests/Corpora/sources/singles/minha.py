"""منح للعرب: a scholarship announcement: English chrome («Scholarships · Deadlines · Countries»),
deadline and country badges over the headline, the headline, the headline again as «Title –
Scholarship» in English-suffixed form, «نُشر بتاريخ …», a body with eligibility bullets without
lead-in, English terms («IELTS 6.5», «Master's»), an application link line (chrome), a
Telegram promo, «منح مشابهة», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "minha", "name": "منح للعرب", "host": "minah-arab.test", "first": "2025-12-06T14:00"}


def url(art):
    return f"https://{SITE['host']}/scholarships/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-english", "Scholarships · Deadlines · Countries · Universities · Contact")
    page.gap()
    bl(page, "badges", ["آخر موعد: 20 فبراير 2026", "الدولة: هولندا", "ممولة بالكامل"])
    page.title(art.title)
    page.title(f"{art.title} – Scholarship 2026")
    page.note("title-suffix-repeat")
    ch(page, "date", f"نُشر بتاريخ {d.day}/{d.month}/{d.year}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "apply-link", "رابط التقديم: https://apply.example-university.test")
    ch(page, "telegram-promo", "تابع قناتنا على تيليجرام ليصلك كل إعلان منحة جديد يوم صدوره.")
    bl(page, "related", ["منح مشابهة"] + ctx.others(3))
    ch(page, "footer-one-line", "© 2025 Minah Arab - All rights reserved")
    finish(page)
