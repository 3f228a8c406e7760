"""وفيات الوطن: an obituaries page. Menu one per line («وفيات اليوم», «تعازٍ», «إعلانات»),
the Hijri + Gregorian date line above the title, «وفيات» category, the announcement: a verse
line and a short text with funeral and condolence times on their own lines (body), «أرسل
تعزية» form, «وفيات أخرى» list (name, age, town, date on one line), «لنشر نعي اتصل على …»
pitch, footer.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month, weekday

SITE = {"id": "nai", "name": "وفيات الوطن", "host": "wafayat-alwatan.test", "first": "2025-12-14T13:00"}


def url(art):
    return f"https://{SITE['host']}/obituary/{art.slug}"


def render(art, ctx, page):
    d = art.date
    bl(page, "menu-lines", ["الرئيسية", "وفيات اليوم", "تعازٍ", "بحث عن متوفى", "إعلانات"])
    ch(page, "date-hijri", f"{weekday(d)} {hijri_text(d)}هـ - {d.day} {month(d)} {d.year}م")
    ch(page, "category", "وفيات")
    page.gap()
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    bl(page, "condolence-form", ["أرسل تعزية", "الاسم", "نص التعزية", "إرسال"])
    bl(page, "latest", ["وفيات أخرى"] + [f"{t} - {d.day - i - 1} {month(d)}" for i, t in enumerate(ctx.others(3))])
    bl(page, "cta", ["لنشر نعي أو إعلان تعزية اتصل على 0799000111"])
    ch(page, "rights", "جميع الحقوق محفوظة لموقع وفيات الوطن")
    finish(page)
