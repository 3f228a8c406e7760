"""ديوان اليوم: a poetry site's poem page: menu one per line, «الشاعر: …» above the title, the
title, the metre line «البحر: الكامل», the poem as lines (each hemistich pair on one line with
«...» between, no final stop), a short note from the poet after the poem (body: the poem's
context), a «عدد القراءات» counter, «شارك القصيدة», more poems by the poet, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "qasida", "name": "ديوان اليوم", "host": "diwan-alyawm.test", "first": "2025-12-06T22:00"}


def url(art):
    return f"https://{SITE['host']}/poems/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["الرئيسية", "الشعراء", "القصائد", "البحور", "المسابقة"])
    ch(page, "byline-above-title", f"الشاعر: {art.meta['author']}")
    page.title(art.title)
    ch(page, "metre", "البحر: الكامل")
    page.gap()
    page.note("body-poem")
    body_all(page, art, ctx)
    ch(page, "counter-views", "عدد القراءات: 1,284")
    ch(page, "share", "شارك القصيدة: فيسبوك - واتساب - نسخ")
    bl(page, "more-by-author", ["قصائد أخرى للشاعر"] + ctx.others(3))
    ch(page, "rights", "حقوق القصائد محفوظة لأصحابها © ديوان اليوم")
    finish(page)
