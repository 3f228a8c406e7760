"""شروق الجزائر: an Algerian daily. Algerian month names («09 جانفي 2026»), the date and
«آخر تحديث» on one line with «|», a comment counter «(3) تعليقات», a print/share row,
the body with a dateline glued to the first paragraph, «شارك المقال» then readers'
comments (name, date, text), the comment form with its policy lines, «جميع الحقوق محفوظة».
"""
from generate import month
from _common import bl, body_all, ch, finish

SITE = {"id": "shorouq", "name": "شروق الجزائر", "host": "www.shorouq-dz.test", "first": "2026-01-09T06:00"}


def url(art):
    return f"https://{SITE['host']}/{art.slug}"


def render(art, ctx, page):
    bl(page, "menu-lines", ["شروق الجزائر", "الوطني", "الدولي", "اقتصاد", "رياضة", "صحة", "ثقافة", "تسجيل الدخول"])
    ch(page, "category", "صحة")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "date-algeria", f"{d.day:02d} {month(d, 'algeria')} {d.year} | آخر تحديث: {min(23, d.hour + 2):02d}:{d.minute:02d}")
    ch(page, "counter-comments", "(3) تعليقات")
    ch(page, "share", "طباعة | إرسال | فيسبوك | تويتر")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    bl(page, "share", ["شارك المقال"])
    page.note("readers-comments")
    bl(page, "readers-comments", ["التعليقات"])
    for name, when, text in [
        ("مراد", "09/01/2026 على 11:40", "المشكل ليس في اللقاح بل في طوابير الانتظار في المراكز الصحية الجوارية."),
        ("أم إسحاق", "09/01/2026 على 13:05", "شكرا على المعلومات، هل اللقاح مجاني للأطفال أيضا؟"),
        ("عبد الحميد - البليدة", "09/01/2026 على 15:22", "نتمنى أن تصل الحملة إلى القرى النائية وليس المدن الكبرى فقط"),
    ]:
        page.add(name, "chrome", "readers-comments")
        page.add(when, "chrome", "readers-comments")
        page.add(text, "chrome", "readers-comments")
        page.gap()
    bl(page, "comment-form", ["أضف تعليقك", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"])
    bl(page, "comment-policy", ["تنبيه: التعليقات لا تعبر عن رأي الجريدة، ويحتفظ الموقع بحق حذف كل تعليق يتضمن إساءة أو قذفا."])
    ch(page, "rights", "جميع الحقوق محفوظة © شروق الجزائر 2026")
    finish(page)
