"""تأمينك: an insurance explainer (UAE): a quote-request bar, menu on one line with «/», the
author and reviewer lines, «تاريخ التحديث: …», the headline AFTER them, a table of contents,
question subheadings («ما هو …؟») with short answers, an example as a sentence with a date, a
«احصل على عرض سعر» button in the text, a regulator line, related, footer.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "taamin", "name": "تأمينك", "host": "taminak-ae.test", "first": "2025-12-03T10:00"}


def url(art):
    return f"https://{SITE['host']}/guides/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "quote-bar", "قارن أسعار التأمين في دقيقة")
    ch(page, "menu-one-line", "تأمين السيارات / التأمين الصحي / تأمين السفر / الأدلة")
    page.gap()
    ch(page, "byline", f"الكاتب: {art.meta['author']}")
    ch(page, "reviewer", "راجعه: فريق الامتثال")
    ch(page, "date-updated", f"تاريخ التحديث: {d.day:02d}-{d.month:02d}-{d.year}")
    page.gap()
    page.title(art.title)
    page.note("title-after-date")
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["في هذا الدليل"] + heads)
    page.note("body-date-in-text")
    body_with(page, art, ctx, [lambda p: bl(p, "cta", ["احصل على عرض سعر"])])
    ch(page, "licence", "تأمينك وسيط تأمين مرخص من المصرف المركزي.")
    bl(page, "related", ["أدلة ذات صلة"] + ctx.others(3))
    ch(page, "footer-one-line", "تأمينك © 2025")
    finish(page)
