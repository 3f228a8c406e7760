"""ديوان الشعر الشعبي الليبي: a poem page: menu on one line, the poet's name above the title,
the title, «البحر: …» / «عدد الأبيات: 6», the poem printed one verse a line with its two
hemistiches joined by «***» (body), an explanation note «شرح المفردات:» with word glosses
(not body: a glossary box), «أضف إلى المفضلة», the reads counter, «قصائد أخرى للشاعر»,
rights.
"""
from _common import bl, ch, finish

SITE = {"id": "qasaid", "name": "ديوان الشعر الشعبي الليبي", "host": "diwan-libya.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/poem/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية • الشعراء • القصائد • الأغاني الشعبية • أرسل قصيدة")
    page.gap()
    ch(page, "byline-above-title", art.meta["author"])
    page.title(art.title)
    ch(page, "metre", "البحر: الشتاوة", "عدد الأبيات: 6")
    page.gap()
    page.note("body-poem")
    for kind, value in art.blocks:
        if kind == "list":
            for v in value:
                page.para(v)
        elif kind == "para":
            page.gap()
            page.para(value)
            page.gap()
    page.gap()
    bl(page, "glossary-box", ["شرح المفردات:", "الجرد: الرداء الصوفي", "النجع: الحي من البدو"])
    ch(page, "cta", "أضف إلى المفضلة")
    ch(page, "counter-views", "قُرئت 1,284 مرة")
    bl(page, "more-by-author", ["قصائد أخرى للشاعر"] + ctx.others(3))
    ch(page, "rights", "الحقوق محفوظة للشعراء ولموقع الديوان")
    finish(page)
