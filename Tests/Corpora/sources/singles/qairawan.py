"""وزارة الشؤون الثقافية (Drupal, Tunisia): «Français | العربية», «Skip to main content»,
the ministry's name, menu on one line, «الرئيسية » الأخبار», the headline, Drupal's
«أرسلت بواسطة webmaster في الأحد, 12/14/2025 - 10:32», the news, an attached file line
(«مرفقات:», «بلاغ.pdf (312.4 KB)»), «Log in or register to post comments», the footer
with «Powered by Drupal».
"""
from _common import bl, body_all, ch, finish
from generate import weekday

SITE = {"id": "qairawan", "name": "وزارة الشؤون الثقافية", "host": "culture-tn.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/node/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "Français | العربية")
    ch(page, "skip-link", "Skip to main content")
    ch(page, "site-header", "الجمهورية التونسية - وزارة الشؤون الثقافية")
    ch(page, "menu-one-line", "الرئيسية الوزارة المؤسسات المهرجانات الدعم الثقافي الأخبار")
    ch(page, "breadcrumb", "الرئيسية » الأخبار")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"أرسلت بواسطة webmaster في {weekday(d)}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "attachment", "مرفقات:", "بلاغ.pdf (312.4 KB)")
    page.gap()
    ch(page, "english-widget", "Log in or register to post comments")
    page.gap()
    ch(page, "footer", "شارع 2 مارس 1934 - القصبة - تونس", "Powered by Drupal")
    finish(page)
