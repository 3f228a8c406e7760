"""A Google AMP cache copy of a Libyan news page: the cache viewer's header (the publisher's host
«alwasat-ly.test», «‹», «ⓘ»), the AMP page's «☰», the site's name, «القائمة» then the sidebar menu
one per line with «×», the category, the headline, «بنغازي - الوسط الليبي | 14.12.2025», the text
with «إعلان» lines between paragraphs (amp-ad), «اقرأ المقال كاملاً على الموقع», «شارك: 
فيسبوك واتساب تويتر», «مقالات ذات صلة», «عرض النسخة الكاملة | Powered by AMP», the rights line.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "sariaa", "name": "الوسط الليبي", "host": "alwasat-ly.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://alwasat--ly-test.cdn.ampproject.test/c/s/{SITE['host']}/amp/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "cache-banner", "alwasat-ly.test", "‹", "ⓘ")
    page.gap()
    ch(page, "amp-controls", "☰")
    ch(page, "site-header", "الوسط الليبي")
    bl(page, "menu-lines", ["القائمة", "×", "الرئيسية", "ليبيا", "اقتصاد", "رياضة", "منوعات"])
    ch(page, "category", "ليبيا")
    page.title(art.title)
    ch(page, "byline-date", f"بنغازي - الوسط الليبي | {d.day:02d}.{d.month:02d}.{d.year}")
    page.gap()

    def ad(p):
        ch(p, "ad-line", "إعلان")
    body_with(page, art, ctx, [ad, ad])
    ch(page, "more-link", "اقرأ المقال كاملاً على الموقع")
    ch(page, "share", "شارك: فيسبوك واتساب تويتر")
    bl(page, "related", ["مقالات ذات صلة"] + ctx.others(3))
    ch(page, "amp-label", "عرض النسخة الكاملة | Powered by AMP")
    ch(page, "rights", "© 2025 الوسط الليبي")
    finish(page)
