"""المديرية العامة للتربية في دهوك (school exam results notice, Iraqi Kurdistan, Arabic
pages): «کوردی | عربي | English», the directorate's name, menu on one line, the results
query box («الرقم الامتحاني», «اللقب الثلاثي», «عرض النتيجة»), «آخر تحديث: …», the headline,
the notice: paragraphs, the way to get the result as numbered steps (body), the appeal
period given as label: date lines (body, as a conference's dates), «تحميل استمارة الاعتراض»,
a Telegram channel pitch, the visitors counter, the footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "duhok", "name": "المديرية العامة للتربية", "host": "tarbiya-duhok.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/results/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "language-switch", "کوردی | عربي | English")
    ch(page, "site-header", "المديرية العامة للتربية - دهوك")
    ch(page, "menu-one-line", "الرئيسية - النتائج - التقويم الدراسي - المدارس - اتصل بنا")
    page.gap()
    bl(page, "search-form", ["الرقم الامتحاني", "اللقب الثلاثي", "عرض النتيجة"])
    ch(page, "date-updated", f"آخر تحديث: {d.year}-{d.month:02d}-{d.day:02d}")
    page.title(art.title)
    page.gap()
    page.note("body-steps")
    page.note("body-date-lines")
    body_all(page, art, ctx)
    ch(page, "download", "تحميل استمارة الاعتراض")
    ch(page, "telegram-promo", "تابعوا قناة المديرية على تلغرام لمعرفة المستجدات أولاً بأول.")
    ch(page, "counter-visitors", "عدد الزوار: 96,412")
    ch(page, "rights", "© 2025 المديرية العامة للتربية - جميع الحقوق محفوظة")
    finish(page)
