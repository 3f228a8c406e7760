"""ليبيا الآن: a Libyan news site. «تاريخ الإضافة: 2025-12-14» and «منذ يومين», a
«نسخ الرابط» label with the URL on the next line, readers' comments (name and date on
one line «سالم | 2025-12-14 20:15», then the text), «أضف تعليق» form with «الاسم *»,
«التعليقات المنشورة تعبر عن آراء أصحابها», «أخبار ذات علاقة», a «Powered by» line.
Also: the title printed again above the caption.
"""
from generate import ago
from _common import bl, body_all, ch, finish

SITE = {"id": "libya", "name": "ليبيا الآن", "host": "libya-alan.test", "first": "2025-12-12T10:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية / ليبيا / العالم / اقتصاد / رياضة / منوعات / اتصل بنا")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-iso", f"تاريخ الإضافة: {d:%Y-%m-%d}")
    ch(page, "date-relative", ago(int((ctx.crawled - d).total_seconds() // 60) + 2 * 24 * 60))
    page.gap()
    page.title(art.title)
    page.caption(art.get("caption"))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "copy-link", "نسخ الرابط", f"https://{SITE['host']}/n/8812")
    page.gap()
    page.note("readers-comments")
    bl(page, "readers-comments", ["تعليقات القراء (2)"])
    page.add("سالم | 2025-12-14 20:15", "chrome", "readers-comments")
    page.add("خطوة جيدة لكن المهم التنفيذ على الأرض وليس الإعلان فقط", "chrome", "readers-comments")
    page.gap()
    page.add("نادية من مصراتة | 2025-12-15 08:02", "chrome", "readers-comments")
    page.add("نتمنى أن تشمل المدارس في الجنوب أيضاً.", "chrome", "readers-comments")
    page.gap()
    bl(page, "comment-form", ["أضف تعليق", "الاسم *", "التعليق *", "نشر"])
    bl(page, "comment-policy", ["التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع"])
    bl(page, "related", ["أخبار ذات علاقة"] + ctx.others(3))
    ch(page, "english-widget", "Powered by NewsCMS")
    finish(page)
