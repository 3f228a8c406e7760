"""جمعية الأيادي البيضاء: a charity's campaign page: a donate bar, menu, a campaign name
OVERLINE above the headline, the headline, the progress lines (raised, goal, percentage,
donors, days left), amount buttons, «تبرع الآن», the campaign story (body, with a
beneficiary's quoted line), bank-account lines, a licence line, share, «حملات أخرى».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "khair", "name": "جمعية الأيادي البيضاء", "host": "ayadi-bayda.org.test", "first": "2025-12-05T08:00"}


def url(art):
    return f"https://{SITE['host']}/campaigns/{art.slug}"


def render(art, ctx, page):
    ch(page, "cta", "تبرع الآن")
    ch(page, "menu-one-line", "من نحن - برامجنا - الحملات - التطوع - تقارير الشفافية - تواصل")
    page.gap()
    ch(page, "kicker", "حملة الشتاء الدافئ 2025")
    page.title(art.title)
    page.gap()
    bl(page, "progress", ["تم جمع 312,450 ريال من أصل 500,000 ريال", "62%", "عدد المتبرعين: 1,284", "متبقٍ على انتهاء الحملة: 12 يوماً"])
    bl(page, "donate-amounts", ["50 ريال | 100 ريال | 250 ريال | مبلغ آخر", "تبرع الآن"])
    body_all(page, art, ctx)
    bl(page, "bank-account", ["للتبرع بالتحويل البنكي:", "بنك الاتحاد - رقم الحساب 0012 4478 9001", "IBAN: SA00 0000 0012 4478 9001"])
    ch(page, "licence", "جمعية مسجلة لدى وزارة الموارد البشرية والتنمية الاجتماعية برقم 1442.")
    ch(page, "share", "شارك الحملة مع أصدقائك: واتساب | تويتر | فيسبوك")
    bl(page, "related", ["حملات أخرى"] + ctx.others(3))
    ch(page, "rights", "© 2025 جمعية الأيادي البيضاء")
    finish(page)
