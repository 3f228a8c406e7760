"""وزارة الزراعة والثروة السمكية: a ministry press release. Official site banner as a
sentence («الموقع الرسمي …»), search, a menu with «|», «المركز الإعلامي / البيانات الصحفية»,
«بيان صحفي» label, «الرقم: 118/2025», the title, a 14-12-2025 date, the release with a
numbered list, «- انتهى -», a media-contact box, «طباعة  حفظ PDF  مشاركة», a
privacy-notice sentence, «آخر تحديث للصفحة», visitors counter, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "wizaraa", "name": "وزارة الزراعة والثروة السمكية", "host": "www.moa-fish.gov.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/ar/media/press/118-2025"


def render(art, ctx, page):
    bl(page, "site-header", ["الموقع الرسمي لوزارة الزراعة والثروة السمكية، يتبع للبوابة الحكومية الموحدة.", "بحث"])
    ch(page, "menu-one-line", "الرئيسية | عن الوزارة | الخدمات الإلكترونية | المركز الإعلامي | البيانات المفتوحة | اتصل بنا")
    page.gap()
    ch(page, "breadcrumb", "المركز الإعلامي / البيانات الصحفية")
    page.gap()
    ch(page, "label", "بيان صحفي")
    ch(page, "release-number", "الرقم: 118/2025")
    page.gap()
    page.title(art.title)
    d = art.date
    ch(page, "date-dashes", f"{d.day:02d}-{d.month:02d}-{d.year}")
    page.gap()
    body_all(page, art, ctx, list_item=lambda s: s)
    ch(page, "end-mark", "- انتهى -")
    page.gap()
    bl(page, "media-contact", ["للاستفسارات الإعلامية:", "إدارة الاتصال الحكومي", "هاتف: 24 68 100 80", "البريد: media@moa-fish.gov.test"])
    ch(page, "print-controls", "طباعة  حفظ PDF  مشاركة")
    page.gap()
    bl(page, "privacy-notice", ["تلتزم الوزارة بحماية بياناتك الشخصية، ولا تجمع من زوار الموقع إلا ما يلزم لتقديم الخدمة وفق سياسة الخصوصية المنشورة."])
    ch(page, "date-updated", f"آخر تحديث للصفحة: {d.day:02d}-{d.month:02d}-{d.year}")
    ch(page, "counter-visitors", "عدد الزوار: 1,204,553")
    ch(page, "rights", "© 2025 جميع الحقوق محفوظة - وزارة الزراعة والثروة السمكية")
    finish(page)
