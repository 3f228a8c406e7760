"""اصنعها بنفسك: a DIY tutorial site: login, menu lines, difficulty/time/cost lines over the
headline, the headline, the author and a numeric date, a tools list with no lead-in, steps as
subheadings in a row followed by their short lines, a warning sentence as part of the text,
a «هل نفذت هذا المشروع؟ شاركنا صورتك» pitch, comments, related, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "sanaa", "name": "اصنعها بنفسك", "host": "isnaaha-binafsik.test", "first": "2025-12-05T17:00"}


def url(art):
    return f"https://{SITE['host']}/projects/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login", "دخول | تسجيل")
    bl(page, "menu-lines", ["نجارة", "كهرباء منزلية", "دهانات", "إعادة تدوير", "أدوات"])
    bl(page, "project-meta", ["الصعوبة: متوسطة", "الوقت: 3 ساعات", "التكلفة: 25 ديناراً"])
    page.title(art.title)
    ch(page, "byline-date", f"{art.meta['author']} - {d.day}/{d.month}/{d.year}")
    page.gap()
    page.note("body-steps")
    body_all(page, art, ctx)
    ch(page, "ugc-pitch", "هل نفذت هذا المشروع؟ شاركنا صورتك في التعليقات لتظهر في معرض القراء.")
    bl(page, "readers-comments", ["تعليقات (2)", "أبو خالد", "فكرة رائعة، نفذتها لغرفة ابني.", "نوال", "هل يصلح خشب الصنوبر؟"])
    bl(page, "related", ["مشاريع مشابهة"] + ctx.others(3))
    ch(page, "footer-one-line", "اصنعها بنفسك © 2025")
    finish(page)
