"""الحقل السوداني: an agriculture news site (Sudan): a prices strip of crops, a menu on one line
with «|», the category, the headline, «بقلم: …» and a numeric date, a bold one-sentence lead, a
body with a numbered list of steps (no lead-in) and short one-line paragraphs without a final
stop, an ad line splitting the text, a «شارك» row, tags, related, the rights line.
"""
from _common import bl, body_with, ch, finish

SITE = {"id": "zaraa", "name": "الحقل السوداني", "host": "alhaql-sd.test", "first": "2025-12-11T07:00"}


def url(art):
    return f"https://{SITE['host']}/agri/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "prices-strip", "الذرة 42,000 ج | السمسم 98,500 ج | الفول السوداني 61,200 ج | الصمغ العربي 120,000 ج")
    ch(page, "menu-one-line", "الرئيسية | أخبار زراعية | الثروة الحيوانية | الأسواق | إرشاد | الري | اتصل بنا")
    page.gap()
    ch(page, "category", "إرشاد زراعي")
    page.title(art.title)
    ch(page, "byline", f"بقلم: {art.meta['author']}")
    ch(page, "date-numeric", f"{d.day:02d}/{d.month:02d}/{d.year}")
    page.gap()
    page.note("lead")
    body_with(page, art, ctx, [lambda p: bl(p, "ad-line", ["- إعلان -"])])
    ch(page, "share", "شارك: فيسبوك | واتساب | تويتر | تيليجرام")
    ch(page, "tags", "الوسوم: النخيل، الآفات الزراعية، الشمالية")
    bl(page, "related", ["مواضيع ذات صلة"] + ctx.others(4))
    ch(page, "rights", "© 2025 الحقل السوداني. جميع الحقوق محفوظة.")
    finish(page)
