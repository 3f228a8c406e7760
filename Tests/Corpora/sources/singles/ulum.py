"""علوم اليوم: a science news site. Skip link and an English «Newsletter» widget, a one-line
menu with «/», the category, the title, «ترجمة وإعداد: …», «الأربعاء، 10 ديسمبر 2025»,
the lead photo's caption under the date (no credit), the body, the source line «المصدر:
Nature Climate Change» (credit), «هذا المقال مترجم بتصرف عن …» (a translation notice),
«أخبار علمية أخرى» with summaries, newsletter sentence, footer about the site.
"""
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "ulum", "name": "علوم اليوم", "host": "ulum-alyawm.test", "first": "2025-12-10T09:00"}


def url(art):
    return f"https://{SITE['host']}/environment/{art.slug}"


def render(art, ctx, page):
    ch(page, "skip-link", "تخطَّ إلى المحتوى")
    ch(page, "english-widget", "Newsletter")
    page.gap()
    ch(page, "menu-one-line", "فضاء / بيئة / صحة / تقنية / آثار / فيزياء")
    page.gap()
    ch(page, "category", "بيئة")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", f"ترجمة وإعداد: {art.get('author')}")
    ch(page, "date-weekday", long_date(art.date))
    page.gap()
    page.caption(art.get("caption"))
    page.gap()
    body_all(page, art, ctx)
    page.credit(f"المصدر: {art.get('credit')}", art.get("credit"))
    page.gap()
    bl(page, "translation-notice", [f"هذا المقال مترجم بتصرف عن بيان صحفي لجامعة {art.get('univ')}، ولا يمثل ترجمة حرفية."])
    lines = ["أخبار علمية أخرى"]
    for head, summary in teasers(ctx, 2):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "newsletter", ["اشترك في نشرتنا العلمية الشهرية، ونعدك ألا نرسل أكثر من رسالة واحدة في الشهر."])
    bl(page, "footer-about", ["علوم اليوم منصة عربية مستقلة لتبسيط العلوم، يحررها فريق من الباحثين والصحفيين العلميين.", "© 2025"])
    finish(page)
