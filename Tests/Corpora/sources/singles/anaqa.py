"""أناقة: a women's lifestyle site. A login line «تسجيل الدخول | حسابي», a menu on one line with
spaces, the category, the title, the lead photo's caption UNDER the title (no credit),
«بقلم: … | 5 ديسمبر 2025», a lead, tips as numbered subheadings «1. …» with a paragraph
each, a caption between tips, «اشتركي في نشرتنا…» (newsletter sentence), «قد يعجبك أيضاً»
teasers (headline + summary), «الأكثر قراءة» numbered, a cookie sentence, footer.
"""
from generate import month
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "anaqa", "name": "أناقة", "host": "anaqa-mag.test", "first": "2025-12-05T10:00"}


def url(art):
    return f"https://{SITE['host']}/home/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "تسجيل الدخول | حسابي")
    ch(page, "menu-one-line", "موضة  جمال  بيت وديكور  مطبخ  أمومة  صحة  مشاهير")
    page.gap()
    ch(page, "category", "بيت وديكور")
    page.title(art.title)
    page.gap()
    page.caption(art.get("caption"))
    page.note("caption-under-title")
    page.gap()
    d = art.date
    ch(page, "byline-date", f"بقلم: {art.get('author')} | {d.day} {month(d)} {d.year}")
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    n = iter(range(1, 20))
    body_all(page, art, ctx, heading=lambda h: f"{next(n)}. {h}")
    page.note("numbered-subheadings")
    bl(page, "newsletter", ["اشتركي في نشرتنا الأسبوعية لتصلك أفكار الديكور والوصفات الجديدة كل أحد في بريدك.", "اشتراك"])
    lines = ["قد يعجبك أيضاً"]
    items = teasers(ctx, 3)
    for head, summary in items:
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "most-read", ["الأكثر قراءة"] + [f"{i}- {h}" for i, (h, _) in enumerate(reversed(items), 1)])
    bl(page, "cookie-banner", ["نستخدم ملفات تعريف الارتباط لنقدم لك تجربة أفضل. لمعرفة المزيد اطلعي على سياسة الخصوصية.", "حسناً"])
    ch(page, "rights", "أناقة © 2025 جميع الحقوق محفوظة")
    finish(page)
