"""جامعة الشمال – كلية الهندسة: a university news page with English chrome: «Skip to
content», «English | عربي», portals menu in English, «University News» category, «Posted on
Dec 14, 2025» English date line, a lead, a quoted line in the body, «Share this:» row in
English, «Upcoming Events» with dates, contact footer in English and Arabic.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "kulliya", "name": "جامعة الشمال", "host": "www.north-univ.edu.test", "first": "2025-12-12T11:05"}
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def url(art):
    return f"https://{SITE['host']}/ar/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "skip-link", "Skip to content")
    ch(page, "language-switch", "English | عربي")
    bl(page, "english-widget", ["Students", "Faculty & Staff", "Alumni", "Library", "Blackboard"])
    bl(page, "menu-lines", ["عن الجامعة", "الكليات", "القبول", "البحث العلمي", "الحياة الجامعية"])
    ch(page, "category-english", "University News")
    page.title(art.title)
    ch(page, "date-english", f"Posted on {EN_MONTHS[d.month - 1]} {d.day}, {d.year}")
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    body_all(page, art, ctx)
    bl(page, "share-english", ["Share this:", "Facebook", "X", "LinkedIn", "Email"])
    ev = ctx.others(3)
    bl(page, "events", ["Upcoming Events"] + [f"{d.day + 3 + 2 * i} {EN_MONTHS[d.month - 1]} — {t}" for i, t in enumerate(ev)])
    bl(page, "footer", ["Contact us | اتصل بنا", "P.O. Box 1500, North City", "Privacy | Accessibility | Sitemap", f"© {d.year} North University. All rights reserved."])
    finish(page)
