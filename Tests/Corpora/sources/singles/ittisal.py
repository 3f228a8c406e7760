"""عروض الاتصالات: a telecom-offers article (Egypt): a compare-offers bar, menu one per line,
the headline, «بواسطة فريق التحرير · منذ …», a body of short lines: a package table as «-»
rows, dial codes as lines («اطلب *555#»), bullet conditions without a lead-in, an «اشترك الآن»
button, a disclaimer that prices may change, «عروض أخرى», footer.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "ittisal", "name": "دليل العروض", "host": "dalil-alorood.test", "first": "2025-12-13T11:00"}


def url(art):
    return f"https://{SITE['host']}/telecom/{art.slug}"


def render(art, ctx, page):
    ch(page, "compare-bar", "قارن بين الباقات | احسب استهلاكك")
    bl(page, "menu-lines", ["الإنترنت المنزلي", "باقات الموبايل", "كروت الشحن", "العروض"])
    page.title(art.title)
    ch(page, "byline-date", f"بواسطة فريق التحرير · {ago(ctx.rng.randint(60, 900))}")
    page.gap()
    page.note("body-table-rows")
    body_all(page, art, ctx)
    ch(page, "cta", "اشترك الآن")
    ch(page, "disclaimer", "الأسعار المذكورة وفق ما أعلنته الشركة وقت النشر، وقد تتغير دون إشعار مسبق.")
    bl(page, "related", ["عروض أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "دليل العروض © 2025 · موقع مستقل غير تابع لأي شركة اتصالات")
    finish(page)
