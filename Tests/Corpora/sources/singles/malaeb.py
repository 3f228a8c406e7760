"""ملاعب 24: a sports site. A skip link, the menu on one line with «•», live scores widget
(teams and scores on short lines), «منذ 3 ساعات», the byline «بقلم: …», reading time,
a «شاهد أيضاً» label with the headline on the next line in the body, a video box with a
duration line, «الأكثر قراءة» numbered list, a newsletter blurb and a one-line footer.
"""
from generate import ago
from _common import bl, body_all, ch, finish

SITE = {"id": "malaeb", "name": "ملاعب 24", "host": "malaeb24.test", "first": "2025-11-30T19:00"}


def url(art):
    return f"https://{SITE['host']}/football/{art.slug}-{88231}"


def render(art, ctx, page):
    ch(page, "skip-link", "تجاوز إلى المحتوى الرئيسي")
    page.gap()
    ch(page, "menu-one-line", "ملاعب 24 • الدوري السعودي • دوري أبطال آسيا • الكرة العالمية • كرة السلة • فيديو")
    page.gap()
    bl(page, "live-scores", ["مباريات اليوم", "الاتفاق 1 - 0 الفتح", "الرياض 2 - 2 الأخدود", "الخليج 19:30 الفيحاء"])
    page.title(art.title)
    page.gap()
    minutes = int((ctx.crawled - art.date).total_seconds() // 60)
    ch(page, "byline", f"بقلم: {art.get('author')}")
    ch(page, "date-relative", ago(minutes))
    ch(page, "reading-time", "وقت القراءة: 2 دقيقة")
    page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, exclude=used)[0]
        used.append(t)
        ch(p, "read-also-box", "شاهد أيضاً", t)
    body_all(page, art, ctx, readalso=readalso)
    bl(page, "video-duration", ["فيديو | ملخص المباراة", "02:48", "تشغيل"])
    bl(page, "most-read", ["الأكثر قراءة"] + [f"{i}. {t}" for i, t in enumerate(ctx.others(5, exclude=used), 1)])
    page.note("most-read")
    bl(page, "newsletter", ["اشترك في النشرة البريدية لتصلك نتائج المباريات أولاً بأول", "اشترك الآن"])
    ch(page, "footer-one-line", "© ملاعب 24 - 2025 | اتصل بنا | سياسة الخصوصية | أعلن معنا")
    finish(page)
