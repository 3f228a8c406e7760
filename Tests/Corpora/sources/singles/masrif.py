"""بنك الواحة: a bank's product page (Jordan, English chrome): «Personal | Business | Islamic»,
login and a rates ticker, a breadcrumb ending with the product name, the product name as the
headline, a one-sentence lead, features as a bullet list without lead-in, subheadings in a row
with requirement lists, an example table as rows, «قدّم الآن», a regulator's licence line,
a representative-rate disclaimer, an FAQ widget's collapsed questions (chrome: only
questions, no answers, each an «+» toggle), footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "masrif", "name": "بنك الواحة", "host": "alwaha-bank.test", "first": "2025-12-01T09:00"}


def url(art):
    return f"https://www.{SITE['host']}/ar/personal/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-english", "Personal | Business | Islamic | About | English")
    ch(page, "login", "الدخول إلى الخدمات المصرفية الإلكترونية")
    ch(page, "rates-ticker", "USD 0.709 | EUR 0.822 | GBP 0.951")
    page.gap()
    ch(page, "breadcrumb-title", f"الأفراد > القروض > {art.meta['short']}")
    page.title(art.title)
    page.gap()
    page.note("lead")
    page.note("body-subheadings-in-a-row")
    body_all(page, art, ctx)
    ch(page, "cta", "قدّم الآن")
    bl(page, "faq-toggles", ["+ ما الحد الأدنى للراتب؟", "+ هل يمكن السداد المبكر؟", "+ كم تستغرق الموافقة؟"])
    ch(page, "licence", "بنك الواحة مرخص من البنك المركزي الأردني.")
    ch(page, "disclaimer", "الأمثلة توضيحية وتخضع الموافقة والأسعار لسياسات البنك الائتمانية.")
    ch(page, "footer-one-line", "© 2025 Alwaha Bank · Privacy · Security · Careers")
    finish(page)
