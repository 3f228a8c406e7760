"""منصة العمل الإنساني في اليمن: an NGO report page (Yemen) with English chrome: «Donate», a
menu one per line mixing English and Arabic, the type label «تقرير», the headline, a facts
row («تاريخ النشر: …», «المصدر: …» as the report's origin, «اللغة: العربية | English»), the
report's summary with key figures as a list, «تحميل التقرير (PDF - 2.1 MB)», the themes and
countries tags, partners' logos line, «Sign up for updates», footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "insani", "name": "منصة العمل الإنساني في اليمن", "host": "yemen-relief-hub.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/report/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Donate")
    bl(page, "menu-lines", ["Home", "التقارير", "الخرائط", "التمويل", "About us"])
    ch(page, "label", "تقرير")
    page.title(art.title)
    page.gap()
    bl(page, "fact-box", [f"تاريخ النشر: {d.day} {month(d)} {d.year}", "الجهة: مجموعة عمل الأمن الغذائي",
                          "اللغة: العربية | English", "النوع: تقرير وضع"])
    body_all(page, art, ctx)
    ch(page, "download", "تحميل التقرير (PDF - 2.1 MB)")
    page.gap()
    bl(page, "tags", ["المواضيع: الأمن الغذائي، التغذية", "البلدان: اليمن"])
    ch(page, "partners", "بدعم من: الصندوق الإنساني المشترك · شبكة المنظمات المحلية")
    ch(page, "newsletter-english", "Sign up for updates")
    ch(page, "footer-english", "© 2025 Yemen Relief Hub | Terms | Privacy")
    finish(page)
