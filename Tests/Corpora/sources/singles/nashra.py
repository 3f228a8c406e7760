"""نشرة مربّع: a newsletter's web archive page: «عرض في المتصفح» line, the archive page's
header «<title> — أرشيف نشرة مربّع» (the title printed twice, with a suffix), the issue
line «العدد 112 · <date>», the subject (headline), the letter (greeting, editorial, two
subheaded sections, the sign-off formula: body), the editor's name (byline, not body),
the subscription footer sentences, unsubscribe links, archive navigation.
"""
from _common import bl, body_all, ch, finish, long_date

SITE = {"id": "nashra", "name": "نشرة مربّع", "host": "murabba-letter.test", "first": "2025-12-14T06:00"}


def url(art):
    return f"https://{SITE['host']}/archive/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "view-in-browser", "هل تواجه مشكلة في عرض الرسالة؟ اعرضها في المتصفح")
    ch(page, "title-suffix-line", f"{art.title} — أرشيف نشرة مربّع")
    page.gap()
    ch(page, "issue-number", f"العدد 112 · {long_date(d)}")
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    ch(page, "byline-after-body", "سلمى العبدالله")
    page.gap()
    ch(page, "newsletter-footer", "تلقيت هذه الرسالة لأنك اشتركت في نشرة مربّع عبر موقعنا. نرسلها صباح كل أحد.")
    ch(page, "forward", "هل وصلتك من صديق؟ اشترك من هنا.")
    ch(page, "unsubscribe", "إلغاء الاشتراك | تحديث التفضيلات")
    ch(page, "archive-nav", "← العدد السابق | أرشيف النشرة | العدد التالي →")
    finish(page)
