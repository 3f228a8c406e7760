"""قناة الشرق الأوسط الإخبارية (fictional TV channel): a video page. «البث المباشر»
button, the video player's lines («تشغيل», «مدة الفيديو: 02:35», «00:00 / 02:35»), the
title with the site-name suffix printed on top, then the headline, a two-paragraph
description, «شاهد المزيد» list of other videos each with its duration, «برامج القناة»,
the footer with «جميع الحقوق محفوظة».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "qanat", "name": "قناة المدار", "host": "almadar-tv.test", "first": "2025-12-14T17:00"}


def url(art):
    return f"https://{SITE['host']}/video/{art.slug}"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} | قناة المدار")
    page.gap()
    bl(page, "menu-one-line", ["الأخبار  البرامج  فيديو  البث المباشر  جدول البرامج"])
    bl(page, "video-duration", ["تشغيل", "00:00 / 02:35", "مدة الفيديو: 02:35"])
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-numeric", f"{d.day:02d}.{d.month:02d}.{d.year}")
    page.gap()
    body_all(page, art, ctx)
    page.note("related")
    bl(page, "related", ["شاهد المزيد"])
    for i, t in enumerate(ctx.others(3)):
        page.add(f"0{i + 1}:{(17 * i + 12) % 60:02d}", "chrome", "related")
        page.add(t, "chrome", "related")
    page.gap()
    bl(page, "programs", ["برامج القناة", "المسائية", "حديث الساعة", "ملف الأسبوع"])
    ch(page, "rights", "قناة المدار. جميع الحقوق محفوظة 2025")
    finish(page)
