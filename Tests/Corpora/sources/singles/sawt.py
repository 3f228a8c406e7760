"""صوت الخليج: a Gulf daily's site. Hijri and Gregorian date on top, a menu one per line, the
category, the lead photo's caption ABOVE the title (no credit), the title, «صوت الخليج –
<city>», «قراءة المقال 3 دقائق», an audio player («استمع إلى المقال», «00:00 / 04:12»),
the body with a dateline glued, «تابعوا قناة صوت الخليج على واتساب …» promo sentence, tags
with «#», «اقرأ المزيد» teasers with summaries, a privacy-policy sentence, footer.
"""
from generate import hijri_text
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "sawt", "name": "صوت الخليج", "host": "sawt-alkhaleej.test", "first": "2025-12-11T06:00"}


def url(art):
    return f"https://{SITE['host']}/local/{art.slug}"


def render(art, ctx, page):
    d = ctx.crawled
    ch(page, "date-hijri", f"{long_date(d)} | {hijri_text(d)}هـ")
    page.gap()
    bl(page, "menu-lines", ["محليات", "خليجي", "عربي وعالمي", "اقتصاد", "رياضة", "منوعات"])
    ch(page, "category", "محليات")
    page.gap()
    page.caption(art.get("caption"))
    page.note("caption-above-title")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline-place", f"صوت الخليج – {art.get('place')}")
    ch(page, "reading-time", "قراءة المقال 3 دقائق")
    page.gap()
    ch(page, "audio-player", "استمع إلى المقال", "00:00 / 04:12")
    page.gap()
    first = iter([True])
    body_all(page, art, ctx, text=lambda s: f"{art.get('place')}: {s}" if next(first, False) else s)
    page.note("dateline-glued")
    bl(page, "whatsapp-promo", ["تابعوا قناة صوت الخليج على واتساب لتصلكم أهم الأخبار المحلية فور نشرها."])
    ch(page, "tags", "#الرياض #الحدائق #جودة_الحياة")
    page.gap()
    lines = ["اقرأ المزيد"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "privacy-notice", ["باستخدامك هذا الموقع فإنك توافق على سياسة الخصوصية وشروط الاستخدام الخاصة بصوت الخليج."])
    ch(page, "rights", "جميع الحقوق محفوظة © 2025 صوت الخليج")
    finish(page)
