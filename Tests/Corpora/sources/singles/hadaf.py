"""الهدف المصري: an Egyptian football site. «كتب - <name>» byline, «الخميس 14/12/2025 09:30
م», a live-match bar, «تابعنا على جوجل نيوز» promo, several in-body «اقرأ ايضا» labels with
the headline on the next line, «كلمات دلالية» inline with «-», «موضوعات متعلقة», a
copyright line with «©» at the end.
"""
from _common import ampm, bl, body_all, ch, finish
from generate import weekday

SITE = {"id": "hadaf", "name": "الهدف المصري", "host": "elhadaf-masri.test", "first": "2025-12-11T18:00"}


def url(art):
    return f"https://{SITE['host']}/Sports/{art.slug}/2025/12/11"


def render(art, ctx, page):
    bl(page, "menu-lines", ["الرئيسية", "الدوري المصري", "الأهلي", "الزمالك", "محترفون", "كرة عالمية", "ألعاب أخرى"])
    bl(page, "live-scores", ["مباشر | سيراميكا 0 - 0 الإسماعيلي | الشوط الأول 31'"])
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"كتب - {art.get('author')}")
    ch(page, "date-weekday-numeric", f"{weekday(d)} {d.day}/{d.month}/{d.year} {ampm(d)}")
    page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-box", "اقرأ ايضا", t)
    body_all(page, art, ctx, readalso=readalso)
    ch(page, "social-follow", "تابعنا على جوجل نيوز")
    page.gap()
    ch(page, "tags", "كلمات دلالية: " + " - ".join(t.strip() for t in art.get("tags").split("،")))
    page.gap()
    bl(page, "related", ["موضوعات متعلقة"] + ctx.others(3, exclude=used))
    ch(page, "rights", "جميع الحقوق محفوظة لموقع الهدف المصري 2025 ©")
    finish(page)
