"""عالم الأجهزة: a phone review. English nav («Reviews», «News», «Deals», «Search»), the
title, the reviewer and «١٢ دقيقة قراءة», a summary box at the top («الحكم السريع», «8.5/10»,
«السعر: …», «أفضل عرض» affiliate button), a table of contents, the review with subheadings,
the spec sheet as lines under «المواصفات» and pros/cons lists (body), the final score line
and an affiliate disclaimer, «مقارنة مع» links, readers' rating stars, footer.
"""
from _common import bl, body_all, ch, finish, long_date

SITE = {"id": "ajhiza", "name": "عالم الأجهزة", "host": "aalam-alajhiza.test", "first": "2025-12-12T16:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Reviews  News  Deals  How-to  Search")
    page.gap()
    ch(page, "category", "مراجعات الهواتف")
    page.title(art.title)
    ch(page, "byline-date", f"{art.get('author')} · {long_date(d, comma=False)}")
    ch(page, "reading-time", "١٢ دقيقة قراءة")
    page.gap()
    bl(page, "summary-box", ["الحكم السريع", "8.5/10", "السعر: يبدأ من 1,899 ريالاً", "أفضل عرض لدى المتجر الإلكتروني"])
    heads = [v for k, v in art.blocks if k == "heading"]
    bl(page, "table-of-contents", ["محتويات المراجعة"] + heads)
    body_all(page, art, ctx)
    bl(page, "rating", ["التقييم النهائي: 8.5 من 10", "التصميم 9 | الشاشة 9 | الأداء 8 | الكاميرا 8 | البطارية 9"])
    bl(page, "affiliate-disclaimer", ["قد نحصل على عمولة عند الشراء عبر الروابط الواردة في هذه الصفحة دون أي تكلفة إضافية عليك."])
    bl(page, "related", ["مقارنة مع"] + ctx.others(3))
    bl(page, "user-rating", ["قيّم هذا الهاتف", "★★★★☆ (212 تقييماً)"])
    ch(page, "footer-one-line", "About · Contact · Privacy · © 2025 عالم الأجهزة")
    finish(page)
