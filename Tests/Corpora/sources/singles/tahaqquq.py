"""المدقق: a fact-check page: a menu on one line, a category, a VERDICT LABEL («مضلل») above
the headline, the headline, the «الكاتب» label with the team's name on the next line, the
date, a summary box («الادعاء: …», «التصنيف: …»: not body), the article with the one-word
subheadings «الادعاء», «التحقق», «الخلاصة» (body), the verdict legend line, a WhatsApp
tip line, related, rights.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "tahaqquq", "name": "المدقق", "host": "almudaqqiq.test", "first": "2025-12-13T08:00"}


def url(art):
    return f"https://{SITE['host']}/checks/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-one-line", "الرئيسية | تحقق | تقارير | أدوات التحقق | من نحن")
    page.gap()
    ch(page, "category", "تحقق")
    ch(page, "verdict-label", "مضلل")
    page.title(art.title)
    bl(page, "byline-label", ["الكاتب", "فريق المدقق"])
    ch(page, "date-numeric", f"{d.year}-{d.month:02d}-{d.day:02d}")
    page.gap()
    bl(page, "summary-box", [f"الادعاء: {art.get('claim')}", "التصنيف: مضلل"])
    body_all(page, art, ctx)
    ch(page, "verdict-legend", "تصنيفاتنا: صحيح - صحيح جزئياً - مضلل - زائف - ساخر")
    ch(page, "tip-line", "هل صادفت ادعاءً تريد التحقق منه؟ أرسله إلينا عبر واتساب على الرقم 0790000000.")
    bl(page, "related", ["تحققات أخرى"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة © المدقق 2025")
    finish(page)
