"""رقمي: a tech magazine's interview. «Skip to content», logo and tagline, menu with «·»,
«حوارات» category, the title, «حاوره: …» and «2025/12/09», reading time, a lead, the
interview: short question lines (body) and answers, an intro photo caption with no credit,
«الآراء الواردة في الحوار تعبر عن أصحابها …» (an opinions disclaimer), share row in
English, «من الأرشيف» teasers with a summary each, an app promotion sentence, footer.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "raqmi", "name": "رقمي", "host": "raqmi-mag.test", "first": "2025-12-09T10:00"}


def url(art):
    return f"https://{SITE['host']}/interviews/{art.slug}/"


def render(art, ctx, page):
    ch(page, "skip-link", "Skip to content")
    page.gap()
    bl(page, "site-header", ["رقمي", "مجلة التقنية بالعربية"])
    ch(page, "menu-one-line", "أخبار · مراجعات · حوارات · شروحات · ألعاب · بودكاست")
    page.gap()
    ch(page, "category", "حوارات")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "byline", f"حاوره: {art.get('author')}")
    ch(page, "date-numeric", f"{d.year}/{d.month:02d}/{d.day:02d}")
    ch(page, "reading-time", "مدة القراءة: 6 دقائق")
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    page.note("body-interview")
    body_all(page, art, ctx)
    bl(page, "opinion-disclaimer", ["الآراء الواردة في الحوار تعبر عن أصحابها ولا تعكس بالضرورة موقف مجلة رقمي."])
    ch(page, "share-english", "Share: Facebook | X | LinkedIn | WhatsApp")
    page.gap()
    lines = ["من الأرشيف"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("archive-summaries")
    bl(page, "archive", lines)
    bl(page, "app", ["اقرأ رقمي على هاتفك: تطبيقنا مجاني ويعمل دون اتصال بعد تنزيل المقالات."])
    ch(page, "footer-one-line", "عن رقمي · أعلن معنا · الخصوصية · © 2025")
    finish(page)
