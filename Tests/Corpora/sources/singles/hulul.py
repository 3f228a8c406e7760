"""حلول دراسية: a homework-answer site. A welcome sentence about the site on top, a menu,
«اسأل سؤالاً», the question as the title («حل سؤال: …»), «الصف الخامس | علوم | الفصل
الأول», «سُئل 09 ديسمبر 2025 في تصنيف التعليم بواسطة زائر», «نرحب بكم زوارنا الأعزاء…» (a
boilerplate sentence before the answer, chrome), «الإجابة:» label, the answer (body),
«إجابة واحدة», «تم الرد عليه … بواسطة …», «اضف تعليق», «أسئلة مشابهة», footer.
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "hulul", "name": "حلول دراسية", "host": "hulul-dirasiya.test", "first": "2025-12-09T15:00"}


def url(art):
    return f"https://{SITE['host']}/12881/{art.slug}"


def render(art, ctx, page):
    bl(page, "site-header", ["مرحباً بكم في موقع حلول دراسية، حيث تجدون إجابات أسئلة المناهج الدراسية لجميع المراحل بشرح مبسط."])
    ch(page, "menu-one-line", "الرئيسية / الأسئلة / التصنيفات / اسأل سؤالاً")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "category", "الصف الخامس | علوم | الفصل الأول")
    ch(page, "byline-asked", f"سُئل {d.day:02d} {month(d)} {d.year} في تصنيف التعليم بواسطة زائر")
    page.gap()
    bl(page, "boilerplate-sentence", ["نرحب بكم زوارنا الأعزاء، ويسعدنا أن نقدم لكم حل هذا السؤال ضمن سلسلة حلول المنهج، ونتمنى لكم التوفيق والنجاح."])
    ch(page, "qa-labels", "الإجابة:")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "answer-count", "إجابة واحدة")
    ch(page, "byline-answered", "تم الرد عليه 09 ديسمبر 2025 بواسطة معلمة العلوم")
    ch(page, "comment-form", "اضف تعليق")
    page.gap()
    bl(page, "related", ["أسئلة مشابهة"] + [f"{t}   1 إجابة" for t in ctx.others(3)])
    ch(page, "rights", "جميع الحقوق محفوظة لموقع حلول دراسية 2025")
    finish(page)
