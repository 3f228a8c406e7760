"""بورصة الوادي للأوراق المالية: a stock exchange's disclosure page: the market index widget,
menu, the disclosure header (company, symbol, disclosure type, date and time: label: value
lines, not body), the headline, the disclosure text with the RESULTS TABLE AS LINES (body),
the signatory, attachments, the exchange's liability disclaimer as a whole sentence.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "ifsah", "name": "بورصة الوادي", "host": "wadi-exchange.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://www.{SITE['host']}/disclosures/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "markets-widget", "المؤشر العام 8,412.55 ▲ 0.42% | حجم التداول 18.4 مليون سهم")
    ch(page, "menu-one-line", "الرئيسية | الشركات المدرجة | الإفصاحات | بيانات السوق | المستثمرون")
    page.gap()
    bl(page, "disclosure-header", ["الشركة: شركة الواحة للأسمنت", "الرمز: WCEM", "نوع الإفصاح: نتائج مالية مرحلية",
                                   f"تاريخ الإفصاح: {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"])
    page.title(art.title)
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    bl(page, "signatory", ["الرئيس التنفيذي", "م. عادل يوسف الخطيب"])
    ch(page, "attachment", "المرفقات: القوائم المالية المرحلية الموجزة.pdf")
    ch(page, "disclaimer", "لا تتحمل بورصة الوادي أي مسؤولية عن محتوى هذا الإفصاح أو دقته أو اكتماله، وتقع المسؤولية كاملة على الشركة المُفصِحة.")
    ch(page, "rights", "© 2025 بورصة الوادي للأوراق المالية")
    finish(page)
