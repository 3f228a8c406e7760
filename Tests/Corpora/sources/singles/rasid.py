"""راصد (a news aggregator's page for one story): «راصد | كل الأخبار في مكان واحد», a menu on one
line, «المصدر: صحيفة الميدان» above the headline (the source's name, not a credit of text),
the headline, «منذ 3 ساعات · 2,145 قراءة», the excerpt the aggregator shows (two paragraphs),
«اقرأ الخبر كاملاً من المصدر», «تغطيات أخرى لهذا الخبر» with source names and times, «أخبار
قد تهمك», «حمّل تطبيق راصد» pitch, the aggregator's disclaimer sentence, footer.
Gold: the excerpt is the article; the source line above the headline is the outlet, not a credit.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "rasid", "name": "راصد", "host": "rasid-news.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/story/{art.slug}"


def render(art, ctx, page):
    ch(page, "site-header", "راصد | كل الأخبار في مكان واحد")
    ch(page, "menu-one-line", "عاجل | مصر | السعودية | الخليج | رياضة | اقتصاد | تكنولوجيا")
    page.gap()
    ch(page, "source-name", "صحيفة الميدان")
    page.title(art.title)
    ch(page, "date-relative", f"{ago(180)} · 2,145 قراءة")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "more-link", "اقرأ الخبر كاملاً من المصدر")
    lines = ["تغطيات أخرى لهذا الخبر"]
    for i, (src, t) in enumerate(zip(["بوابة النيل", "أخبار اليوم", "المشهد"], ctx.others(3))):
        lines += [t, f"{src} · {ago(60 * (i + 1))}"]
    bl(page, "related-dated", lines)
    bl(page, "related", ["أخبار قد تهمك"] + ctx.others(3))
    ch(page, "app", "حمّل تطبيق راصد لتصلك الأخبار العاجلة لحظة بلحظة.")
    ch(page, "disclaimer", "راصد محرك بحث إخباري، والأخبار المنشورة مسؤولية مصادرها.")
    ch(page, "footer-one-line", "من نحن | سياسة الخصوصية | أضف مصدرك | اتصل بنا")
    finish(page)
