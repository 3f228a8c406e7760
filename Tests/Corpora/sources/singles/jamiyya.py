"""جمعية يد بيد الخيرية: an NGO news page with English chrome: «Donate Now» and «Volunteer»
buttons, «EN | AR», the menu one per line, the title, «Dec 14, 2025 · أخبار الجمعية», the
article (beneficiaries figures in a list, a thank-you quote line), a donation pitch box
(«ساهم معنا… 100 ريال تكفي…», «تبرع الآن»), bank account lines (IBAN), «Latest News» in English
with Arabic headlines, license line «مسجلة لدى … برقم 1182», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "jamiyya", "name": "جمعية يد بيد الخيرية", "host": "yadbiyad.org.test", "first": "2025-12-14T12:30"}
EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Donate Now   Volunteer   EN | AR")
    page.gap()
    bl(page, "menu-lines", ["من نحن", "برامجنا", "أخبار الجمعية", "شركاؤنا", "تواصل معنا"])
    page.title(art.title)
    ch(page, "date-english", f"{EN[d.month - 1]} {d.day}, {d.year} · أخبار الجمعية")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "donation-pitch", ["ساهم معنا في حملة الشتاء", "100 ريال تكفي لتوفير حقيبة شتوية كاملة لطفل.", "تبرع الآن"])
    bl(page, "bank-account", ["الحساب البنكي للجمعية:", "IBAN: SA00 0000 0000 0000 1182 0000", "مصرف الإنماء الأهلي"])
    bl(page, "latest", ["Latest News"] + ctx.others(3))
    ch(page, "license", "جمعية مسجلة لدى المركز الوطني للقطاع غير الربحي برقم 1182")
    ch(page, "footer-one-line", f"© {d.year} Yad Biyad Charity · Privacy Policy · Contact")
    finish(page)
