"""أخبار الوطن (app share): a page saved from a mobile app's share sheet: «تمت المشاركة من
تطبيق أخبار الوطن», the headline, a date in Arabic-Indic digits with a right-to-left mark,
the body, then «لقراءة المزيد حمّل التطبيق: <link>» and «أُرسل من تطبيق أخبار الوطن
لنظام Android»: almost no chrome, and all of it sentences.
"""
from _common import body_all, ch, finish
from generate import indic, month

SITE = {"id": "tatbiq", "name": "أخبار الوطن", "host": "akhbar-alwatan-app.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/s/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "app-share", "تمت المشاركة من تطبيق أخبار الوطن")
    page.gap()
    page.title(art.title)
    h = d.hour % 12 or 12
    ch(page, "date-indic", "\u200f" + indic(f"{d.day} {month(d)} {d.year} - {h}:{d.minute:02d}") + (" م" if d.hour >= 12 else " ص"))
    page.gap()
    body_all(page, art, ctx)
    ch(page, "app", f"لقراءة المزيد من الأخبار حمّل التطبيق: https://{SITE['host']}/get")
    ch(page, "app-share", "أُرسل من تطبيق أخبار الوطن لنظام Android")
    finish(page)
