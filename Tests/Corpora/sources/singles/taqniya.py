"""مدونة تقنية: a WordPress tech blog. «تخطى إلى المحتوى», the blog name and tagline,
«نُشر في … بواسطة …» on one line, «التصنيفات:» and «الوسوم:» lines, a numbered how-to
list and subheadings in the body, «التنقل بين المقالات» with «المقالة السابقة» labels, the
stock «مقالات ذات صلة», the WordPress reply form and its policy lines, «Proudly powered
by WordPress».
"""
from _common import bl, body_all, ch, long_date, finish

SITE = {"id": "taqniya", "name": "مدونة تقنية", "host": "taqniya-blog.test", "first": "2025-10-21T12:00"}


def url(art):
    return f"https://{SITE['host']}/2025/10/21/{art.slug}/"


def render(art, ctx, page):
    ch(page, "skip-link", "تخطى إلى المحتوى")
    page.gap()
    bl(page, "site-header", ["مدونة تقنية", "شروحات بسيطة للتقنية اليومية"])
    bl(page, "menu-lines", ["الرئيسية", "شروحات", "مراجعات", "أمن المعلومات", "من أنا"])
    page.title(art.title)
    page.gap()
    ch(page, "byline-date", f"نُشر في {long_date(art.date, comma=False)} بواسطة {art.get('author')}")
    page.gap()
    page.note("body-numbered")
    body_all(page, art, ctx)
    ch(page, "category", "التصنيفات: أمن المعلومات، شروحات")
    ch(page, "tags", "الوسوم: " + "، ".join(t.strip() for t in art.get("tags").split("،")))
    page.gap()
    others = ctx.others(4)
    bl(page, "prev-next", ["التنقل بين المقالات", "المقالة السابقة", others[0], "المقالة التالية", others[1]])
    bl(page, "related", ["مقالات ذات صلة"] + others[2:])
    bl(page, "comment-form", ["اترك تعليقاً", "إلغاء الرد",
                              "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                              "التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع",
                              "احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                              "إرسال التعليق"])
    ch(page, "english-widget", "Proudly powered by WordPress")
    finish(page)
