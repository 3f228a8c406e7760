"""عاجل نيوز: a breaking-news page. A very short article (one line of text and «يتبع…»)
under a lot of chrome: notification prompt, app banner, ticker lines, «عاجل» label, a
«منذ 12 دقيقة» time, share icons line, three lists of other headlines («الأكثر تداولاً»,
«آخر الأخبار», «قد يعجبك أيضاً» with a sponsored mark), a cookie line, a newsletter and
the footer. The honest edge case of a one-paragraph article lost in chrome.
"""
from generate import ago
from _common import bl, body_all, ch, finish

SITE = {"id": "ajil", "name": "عاجل نيوز", "host": "ajilnews.test", "first": "2025-12-14T21:00"}


def url(art):
    return f"https://{SITE['host']}/breaking/{art.slug}"


def render(art, ctx, page):
    bl(page, "notification", ["فعّل الإشعارات ليصلك الخبر العاجل لحظة وقوعه", "تفعيل", "ليس الآن"])
    bl(page, "app", ["تطبيق عاجل نيوز", "أسرع. أخف. مجاني", "تحميل"])
    bl(page, "menu-lines", ["الرئيسية", "عاجل", "سياسة", "اقتصاد", "رياضة", "مباشر"])
    ch(page, "label-breaking", "عاجل")
    page.title(art.title)
    minutes = int((ctx.crawled - art.date).total_seconds() // 60) % 50 + 3
    ch(page, "date-relative", ago(minutes))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "to-follow", "يتبع…")
    page.gap()
    ch(page, "share", "واتساب  تلغرام  X  فيسبوك  نسخ")
    page.gap()
    pool = ctx.others(9)
    bl(page, "most-read", ["الأكثر تداولاً"] + pool[:3])
    bl(page, "latest", ["آخر الأخبار"] + pool[3:6])
    bl(page, "sponsored", ["قد يعجبك أيضاً", "برعاية"] + pool[6:9])
    ch(page, "cookie-banner", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق")
    page.gap()
    bl(page, "newsletter", ["النشرة اليومية: أهم 10 أخبار في 5 دقائق", "اشترك مجاناً"])
    ch(page, "rights", "عاجل نيوز 2025 ©")
    finish(page)
