"""فرص الكويت: a job ad on a Kuwaiti jobs board: login/post-a-job bar, menu one per line, a
breadcrumb, the job title, the employer line, a job facts box (location, type, salary,
posted, deadline), «قدّم الآن», the description with duties and requirements lists under
subheadings, «أبلغ عن هذا الإعلان», a safety notice, similar jobs, footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "wadhifa", "name": "فرص الكويت", "host": "furas-kw.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/job/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login", "تسجيل الدخول | أضف وظيفة")
    bl(page, "menu-lines", ["الوظائف", "الشركات", "السير الذاتية", "نصائح مهنية"])
    ch(page, "breadcrumb", "الوظائف / وظائف الكويت / محاسبة")
    page.gap()
    page.title(art.title)
    ch(page, "employer", "شركة الدسمة للتجارة العامة")
    page.gap()
    bl(page, "fact-box", ["الموقع: الكويت العاصمة", "نوع الوظيفة: دوام كامل", "الراتب: 650 - 800 د.ك",
                          f"تاريخ النشر: {ago(60 * 30)}", "آخر موعد للتقديم: 31/12/2025"])
    ch(page, "cta", "قدّم الآن")
    page.gap()
    page.note("job-description")
    body_all(page, art, ctx)
    ch(page, "report", "أبلغ عن هذا الإعلان")
    ch(page, "safety-notice", "تنبيه: لا تدفع أي مبلغ مقابل الحصول على وظيفة، فالشركات الجادة لا تطلب رسوماً من المتقدمين.")
    bl(page, "related", ["وظائف مشابهة"] + ctx.others(4))
    ch(page, "rights", "جميع الحقوق محفوظة © فرص الكويت 2025")
    finish(page)
