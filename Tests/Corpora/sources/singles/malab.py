"""ملاعب العرب: a sports site's match report with a video on top. «مباشر» scores strip,
the video's duration («03:42») and the video's caption line (a sentence, no credit) above
the title, «ملاعب العرب - <author>», «منذ 5 ساعات», the report, a photo caption between
paragraphs, «شاهد أيضاً» video teasers each with a duration and a one-sentence summary,
«الأكثر مشاهدة» numbered, an app promotion written as a sentence, footer.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "malab", "name": "ملاعب العرب", "host": "malaeb-alarab.test", "first": "2025-12-13T18:00"}


def url(art):
    return f"https://{SITE['host']}/video/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية • كرة القدم • الدوريات العربية • الأبطال • كرة السلة • فيديو • مباشر")
    page.gap()
    bl(page, "live-scores", ["مباشر", "الوحدة 2 - 1 النصر   '78", "الشباب 0 - 0 الأهلي   استراحة"])
    ch(page, "video-duration", "03:42")
    page.caption(art.get("caption"))
    page.note("video-caption")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"ملاعب العرب - {art.get('author')}")
    ch(page, "date-relative", "منذ 5 ساعات")
    page.gap()
    body_all(page, art, ctx)
    page.note("video-teasers")
    lines = ["شاهد أيضاً"]
    for (head, summary), dur in zip(teasers(ctx, 3), ("02:15", "05:08", "01:47")):
        lines += [dur, head, summary]
    bl(page, "related", lines)
    bl(page, "most-read", ["الأكثر مشاهدة"] + [f"{i}. {t}" for i, t in enumerate([t for t, _ in teasers(ctx, 3)], 1)])
    bl(page, "app", ["حمّل تطبيق ملاعب العرب وتابع النتائج لحظة بلحظة مع تنبيهات الأهداف لفريقك المفضل.", "App Store   Google Play"])
    ch(page, "footer-one-line", "من نحن - سياسة الخصوصية - شروط الاستخدام - اتصل بنا")
    ch(page, "rights", "جميع الحقوق محفوظة © ملاعب العرب 2025")
    finish(page)
