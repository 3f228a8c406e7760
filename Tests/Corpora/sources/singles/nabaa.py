"""نبأ المحافظة: a local news site. «title | نبأ المحافظة» on top, a notice about WhatsApp
channel as a sentence, a one-per-line menu, the title printed twice (headline, then again
in bold under the share row), an editor's note ABOVE the body as a sentence («ملاحظة
المحرر: حُدّث هذا الخبر …»), «كتبت - …», «الأحد 14-12-2025 | 06:40 م», a caption under the
lead photo with no credit, a dateline glued to the first paragraph, an in-body «اقرأ
أيضاً» with a summary on the next line, «لمزيد من أخبار المحافظة اضغط هنا», footer.
"""
from _common import ampm, bl, body_all, ch, finish, teasers
from generate import weekday

SITE = {"id": "nabaa", "name": "نبأ المحافظة", "host": "nabaa-almohafaza.test", "first": "2025-12-14T09:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}/81204"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} | نبأ المحافظة")
    page.gap()
    bl(page, "whatsapp-promo", ["انضم الآن إلى قناة نبأ المحافظة على واتساب لتصلك الأخبار العاجلة أولاً بأول."])
    bl(page, "menu-lines", ["الرئيسية", "أخبار المراكز", "خدمات", "حوادث", "تعليم", "رياضة محلية"])
    page.title(art.title)
    page.gap()
    ch(page, "share", "فيسبوك   تويتر   واتساب   تليجرام")
    page.gap()
    page.title(art.title)
    page.gap()
    bl(page, "editor-note", ["ملاحظة المحرر: حُدّث هذا الخبر في الساعة السابعة مساء بإضافة تصريحات رئيس المدينة."])
    d = art.date
    ch(page, "byline", f"كتبت - {art.get('author')}")
    ch(page, "date-dashes-pipe", f"{weekday(d)} {d.day:02d}-{d.month:02d}-{d.year} | {ampm(d)}")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()

    def readalso(p):
        (head, summary), = teasers(ctx, 1)
        ch(p, "read-also-box", "اقرأ أيضاً", head, summary)
        page.note("read-also-summary")
    paras = iter([0])

    def text(s):
        if next(paras, None) == 0:
            page.note("dateline-glued")
            return f"{art.get('place')} - {s}"
        return s
    body_all(page, art, ctx, readalso=readalso, text=text)
    bl(page, "more-link", ["لمزيد من أخبار المحافظة اضغط هنا"])
    bl(page, "footer", ["من نحن", "هيئة التحرير", "اتصل بنا", "نبأ المحافظة - جميع الحقوق محفوظة 2025"])
    finish(page)
