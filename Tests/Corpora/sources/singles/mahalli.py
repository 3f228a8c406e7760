"""أخبار البلد الآن: a one-paragraph local brief under heavy chrome: «title - أخبار البلد
الآن» on top, a notification prompt, a long menu one per line, a weather and prayer-times
strip, «الأكثر قراءة» numbered list BEFORE the article, a «عاجل» label over the title, the
title, «أخبار البلد الآن - خاص» byline, the one paragraph with a dateline, a photo caption
without credit, then tags, share row, «اقرأ أيضاً» list, a «شارك برأيك» comment form, a
newsletter line, a long footer of sections, the rights line. The hard case: one body line.
"""
from _common import bl, body_all, ch, finish, long_date, ampm

SITE = {"id": "mahalli", "name": "أخبار البلد الآن", "host": "akhbar-albalad-now.test", "first": "2025-12-14T16:20"}


def url(art):
    return f"https://{SITE['host']}/local/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "title-suffix-line", f"{art.title} - أخبار البلد الآن")
    page.gap()
    bl(page, "notification", ["هل تريد تفعيل الإشعارات لتصلك الأخبار العاجلة؟", "لا شكراً", "نعم"])
    bl(page, "menu-lines", ["الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "فن", "منوعات", "فيديو", "إنفوجرافيك", "كتّاب"])
    ch(page, "weather-strip", "القاهرة 21° | الفجر 5:08 الظهر 11:52 العصر 2:38 المغرب 4:59 العشاء 6:22")
    page.gap()
    bl(page, "most-read", ["الأكثر قراءة"] + [f"{i}. {t}" for i, t in enumerate(ctx.others(5), 1)])
    ch(page, "label-breaking", "عاجل")
    page.title(art.title)
    ch(page, "byline-date", f"أخبار البلد الآن - خاص | {long_date(d)} {ampm(d)}")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    page.caption(art.get("caption"))
    page.gap()
    ch(page, "tags", "الوسوم: حريق، الدفاع المدني، المنطقة الصناعية")
    ch(page, "share", "شارك: فيسبوك تويتر واتساب تيليجرام")
    page.gap()
    bl(page, "read-also-line", ["اقرأ أيضاً"] + ctx.others(3))
    bl(page, "comment-form", ["شارك برأيك", "الاسم", "التعليق", "أرسل"])
    ch(page, "newsletter", "اشترك في نشرتنا اليومية")
    page.gap()
    bl(page, "footer", ["محليات", "سياسة", "اقتصاد", "رياضة", "من نحن", "اتصل بنا", "سياسة الخصوصية"])
    ch(page, "rights", "جميع الحقوق محفوظة © أخبار البلد الآن 2025")
    finish(page)
