"""عالم الأمومة: a parenting site's interview with a paediatrician: menu one per line, breadcrumb,
the headline, «حاورتها: …», a date, an intro paragraph, Q/A lines (questions on their own line
without a label, answers), an expert card, a «هل كان المقال مفيداً؟» feedback line, a
medical disclaimer sentence, related, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "umuma", "name": "عالم الأمومة", "host": "alam-alumuma.test", "first": "2025-12-10T10:00"}


def url(art):
    return f"https://{SITE['host']}/parenting/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "menu-lines", ["الحمل", "الرضاعة", "تربية الطفل", "صحة الطفل", "حوارات"])
    ch(page, "breadcrumb", "الرئيسية / تربية الطفل / حوارات")
    page.gap()
    page.title(art.title)
    ch(page, "byline", f"حاورتها: {art.meta['author']}")
    ch(page, "date", f"{d.day} {month(d)} {d.year}")
    page.gap()
    page.note("body-qa-lines")
    body_all(page, art, ctx)
    bl(page, "expert-card", ["د. رنا الحسيني", "استشارية طب الأطفال", "عمّان"])
    ch(page, "feedback", "هل كان المقال مفيداً؟ نعم | لا")
    ch(page, "disclaimer", "المحتوى لأغراض التوعية ولا يغني عن استشارة الطبيب المختص.")
    bl(page, "related", ["مقالات قد تهمك"] + ctx.others(3))
    ch(page, "footer-one-line", "عالم الأمومة © 2025 - سياسة الخصوصية - اتصلي بنا")
    finish(page)
