"""الجهراء اليوم (a Kuwaiti news portal): a Hijri and Gregorian date line, prayer times, the
menu on one line, «عاجل» ticker, the category, the headline, «كتب: …», the date and
time, font controls («A+ A-»), «طباعة» / «أرسل لصديق», the news with a glued dateline and
a quoted line, «التعليقات (0)», «أضف تعليق» form lines, «أخبار ذات صلة», footer.
"""
from _common import bl, body_all, ch, finish, long_date, ampm
from generate import hijri_text

SITE = {"id": "jahra", "name": "الجهراء اليوم", "host": "jahra-alyawm.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "date-hijri", f"{long_date(d)} | {hijri_text(d)}")
    ch(page, "prayer-times", "الفجر 5:02 | الظهر 11:38 | العصر 2:36 | المغرب 4:57 | العشاء 6:15")
    ch(page, "menu-one-line", "الرئيسية | محليات | برلمان | اقتصاد | رياضة | مقالات | فيديو")
    ch(page, "ticker", "عاجل: " + " ◆ ".join(ctx.others(2)))
    page.gap()
    ch(page, "category", "محليات")
    page.title(art.title)
    ch(page, "byline", f"كتب: {art.meta['author']}")
    ch(page, "date-weekday-ampm", f"{long_date(d)} - {ampm(d)}")
    ch(page, "font-controls", "A+ A-")
    ch(page, "print-controls", "طباعة | أرسل لصديق")
    page.gap()
    page.note("dateline-glued")
    body_all(page, art, ctx)
    ch(page, "comments-empty", "التعليقات (0)")
    bl(page, "comment-form", ["أضف تعليق", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"])
    bl(page, "related", ["أخبار ذات صلة"] + ctx.others(4))
    ch(page, "rights", "جميع الحقوق محفوظة © الجهراء اليوم 2025")
    finish(page)
