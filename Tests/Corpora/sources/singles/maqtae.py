"""شاشة (a video-sharing site, page of one video): the site's search bar «بحث», «تسجيل الدخول»,
the video's headline, the channel line «قناة الحقل الأخضر» with «48.3 ألف مشترك» and
«اشتراك», «أعجبني 1.2 ألف | مشاركة | تنزيل | حفظ», «24,510 مشاهدة منذ 3 أيام», the
description (paragraphs), «...المزيد» / «عرض أقل», the chapters with timestamps, hashtags,
«212 تعليق» and «ترتيب حسب», two comments with their handles and likes, «التالي» with
durations and channels, footer links in English.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "maqtae", "name": "شاشة", "host": "shasha-video.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/watch?v={art.slug}"


def render(art, ctx, page):
    ch(page, "search", "بحث")
    ch(page, "login", "تسجيل الدخول")
    page.gap()
    page.title(art.title)
    ch(page, "channel-name", "قناة الحقل الأخضر")
    ch(page, "subscribers", "48.3 ألف مشترك")
    ch(page, "cta", "اشتراك")
    ch(page, "likes", "أعجبني 1.2 ألف | مشاركة | تنزيل | حفظ")
    ch(page, "views", f"24,510 مشاهدة {ago(3 * 24 * 60)}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "more-link", "...المزيد")
    bl(page, "chapters", ["0:00 مقدمة", "1:12 تجهيز التربة", "4:35 الزراعة", "8:02 الري والتسميد"])
    ch(page, "hashtags", "#زراعة_منزلية #طماطم #حديقة")
    ch(page, "counter-comments", "212 تعليق")
    ch(page, "sort", "ترتيب حسب")
    bl(page, "readers-comments", ["@um_yousef", "جربت الطريقة هذا الموسم وكانت النتيجة رائعة، شكراً على الشرح الواضح.",
                                  "45 | رد", "@ahmad.garden", "ما نوع السماد الذي تستخدمه في الأسبوع الثالث؟", "3 | رد"])
    lines = ["التالي"]
    for i, t in enumerate(ctx.others(3)):
        lines += [t, "قناة الحقل الأخضر", f"{8 + i}:{12 + 9 * i}"]
    bl(page, "video-teasers", lines)
    ch(page, "footer-english", "About Press Copyright Contact us Terms Privacy")
    finish(page)
