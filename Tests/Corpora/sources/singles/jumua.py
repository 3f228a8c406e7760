"""منبر الجمعة (a Friday sermon on a religious affairs site, Oman): the site header, a Hijri
date only, menu one per line, «خطبة الجمعة» label, the sermon's title, «الخطبة الأولى» /
«الخطبة الثانية» as subheadings (body), verse lines ﴿…﴾ (body), the closing
supplication (body), «تحميل الخطبة: PDF | Word», «الترجمات: English | اردو | Kiswahili»,
«خطب سابقة», the footer.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text

SITE = {"id": "jumua", "name": "منبر الجمعة", "host": "minbar-aljumua.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/khutab/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "منبر الجمعة")
    ch(page, "date-hijri-only", f"{hijri_text(d)} هـ")
    bl(page, "menu-lines", ["الرئيسية", "الخطب", "الدروس", "الفتاوى", "المكتبة"])
    ch(page, "label", "خطبة الجمعة")
    page.title(art.title)
    page.gap()
    page.note("body-verses")
    body_all(page, art, ctx)
    ch(page, "download", "تحميل الخطبة: PDF | Word")
    ch(page, "language-switch", "الترجمات: English | اردو | Kiswahili")
    bl(page, "related", ["خطب سابقة"] + ctx.others(3))
    ch(page, "rights", "جميع الحقوق محفوظة - منبر الجمعة 2025")
    finish(page)
