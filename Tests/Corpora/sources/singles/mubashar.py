"""الحدث مباشر: a live blog. «مباشر» badge, a menu with «|», the title, a lead, «آخر
تحديث: منذ 4 دقائق», a «تحديث تلقائي» toggle, then updates newest first: a clock time line
(«18:42») before each update's text (body), an update that is only a photo caption, «تثبيت»
on the pinned update, «تحميل المزيد من التحديثات», share, «تغطيات سابقة», footer.
"""
from _common import bl, ch, finish

SITE = {"id": "mubashar", "name": "الحدث مباشر", "host": "alhadath-live.test", "first": "2025-12-14T17:00"}


def url(art):
    return f"https://{SITE['host']}/live/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية | أخبار | مباشر | اقتصاد | رياضة | فيديو")
    page.gap()
    ch(page, "label-live", "● مباشر")
    page.title(art.title)
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    ch(page, "date-updated-relative", "آخر تحديث: منذ 4 دقائق")
    ch(page, "live-toggle", "تحديث تلقائي")
    page.gap()
    page.note("live-updates")
    times = ["18:42", "18:20", "17:55", "17:31", "17:10"]
    paras = [v for k, v in art.blocks if k in ("para", "caption")]
    kinds = [k for k, v in art.blocks if k in ("para", "caption")]
    for i, (t, kind, v) in enumerate(zip(times, kinds, paras)):
        if i == len(times) - 1:
            ch(page, "pinned", "تثبيت")
        ch(page, "time-line", t)
        if kind == "caption":
            page.caption(v)
        else:
            page.para(v)
        page.gap()
    bl(page, "load-more", ["تحميل المزيد من التحديثات"])
    ch(page, "share", "مشاركة التغطية")
    page.gap()
    bl(page, "related", ["تغطيات سابقة"] + ctx.others(2))
    ch(page, "rights", "© الحدث مباشر 2025")
    finish(page)
