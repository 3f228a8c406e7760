"""رفوف (a readers' book site): «سجّل الدخول لتضيف الكتاب إلى رفّك», a menu on one line with
«·», the book card above the review (title, author, publisher, pages, «★★★★☆ 4.1 من 1,204
تقييم»), shelf buttons «أريد قراءته | أقرأه الآن | قرأته», the review's headline, «مراجعة: …»
with the reviewer's count «(312 مراجعة)», the review, a spoiler warning line in the text's
middle, «أعجبني (87) · رد», «اشترِ الكتاب: متجر … | متجر …», an affiliate sentence,
«قرّاء هذا الكتاب قرأوا أيضاً» list, footer.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "rufuf", "name": "رفوف", "host": "rufuf-books.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "سجّل الدخول لتضيف الكتاب إلى رفّك")
    ch(page, "menu-one-line", "الرئيسية · الكتب · المراجعات · الاقتباسات · تحديات القراءة")
    bl(page, "book-card", ["رواية البئر الأخيرة", "المؤلف: سلمى الراشد", "الناشر: دار المدى الجديد",
                           "عدد الصفحات: 288", "★★★★☆ 4.1 من 1,204 تقييم"])
    ch(page, "shelf-buttons", "أريد قراءته | أقرأه الآن | قرأته")
    page.gap()
    page.title(art.title)
    ch(page, "reviewer", f"مراجعة: {art.get('author')} (312 مراجعة)")

    def spoiler(p):
        ch(p, "spoiler-warning", "تحذير: الفقرات التالية تكشف أحداثاً من الرواية.")
    body_with(page, art, ctx, [spoiler])
    ch(page, "likes", "أعجبني (87) · رد")
    ch(page, "buy-links", "اشترِ الكتاب: متجر جملون | متجر نيل وفرات")
    ch(page, "affiliate-disclaimer", "يحصل رفوف على نسبة صغيرة من المبيعات عبر هذه الروابط.")
    bl(page, "related", ["قرّاء هذا الكتاب قرأوا أيضاً"] + ctx.others(4))
    ch(page, "rights", "رفوف © 2025 - مجتمع القرّاء العرب")
    finish(page)
