"""قاعدة الأحكام القضائية في الإقليم: a court ruling on a legal database site from Iraqi
Kurdistan (Arabic): login, menu one per line, a breadcrumb, the ruling's heading as the
headline, the ruling's header fields («رقم القرار: …», «تاريخ القرار: …», «الهيئة: …»,
«نوع الدعوى: …»), «المبدأ:» summary box, the ruling's text (with its «القرار» heading and
the closing «وصدر القرار بالاتفاق…»), the judges' names (signatories), a PDF line,
«قرارات ذات صلة», footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "mahkama", "name": "قاعدة الأحكام القضائية", "host": "ahkam-iqlim.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/rulings/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login", "دخول المشتركين")
    bl(page, "menu-lines", ["الرئيسية", "القرارات", "التشريعات", "المبادئ القضائية", "بحث متقدم"])
    ch(page, "breadcrumb", "الرئيسية » القرارات » محكمة التمييز » المدني")
    page.gap()
    page.title(art.title)
    page.gap()
    bl(page, "letter-header", ["رقم القرار: 412/الهيئة المدنية/2025", f"تاريخ القرار: {d.day}/{d.month}/{d.year}",
                               "الهيئة: الهيئة المدنية الأولى", "نوع الدعوى: إيجار"])
    ch(page, "summary-box", "المبدأ: لا يجوز إخلاء المأجور لحاجة المالك إلا إذا ثبتت الحاجة بدليل جدي وقت إقامة الدعوى.")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "signatory", "القاضي رئيس الهيئة", "القاضي العضو", "القاضي العضو")
    page.gap()
    ch(page, "download", "تحميل القرار بصيغة PDF")
    bl(page, "related", ["قرارات ذات صلة"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة 2025")
    finish(page)
