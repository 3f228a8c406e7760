"""عافية: a health site's article. Cookie notice as a sentence with buttons, a one-per-line
menu, breadcrumb with «/», the author's bio box BEFORE the text («عن الكاتبة» then a
sentence), «راجعه طبياً: د. …» and «آخر تحديث …», a lead, in-body photo captions between
paragraphs without credit, subheadings and a bullet list, a medical disclaimer sentence,
«قد يعجبك أيضاً» teasers (headline + summary), a newsletter pitch as a sentence, footer.
"""
from generate import month
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "afiya", "name": "عافية", "host": "afiya-health.test", "first": "2025-12-02T08:00"}


def url(art):
    return f"https://{SITE['host']}/nutrition/{art.slug}"


def render(art, ctx, page):
    bl(page, "cookie-banner", ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وعرض محتوى يناسب اهتماماتك، ويمكنك تعديل تفضيلاتك في أي وقت.", "قبول الكل", "الإعدادات"])
    bl(page, "menu-lines", ["عافية", "التغذية", "اللياقة", "الأمراض", "الحمل والأمومة", "الصحة النفسية"])
    ch(page, "breadcrumb", "الرئيسية / التغذية / مقالات")
    page.gap()
    page.title(art.title)
    page.gap()
    bl(page, "author-bio", [f"عن الكاتبة: {art.get('author')}", art.get("bio")])
    page.note("author-bio-before-body")
    d = art.date
    ch(page, "reviewer", f"راجعه طبياً: {art.get('reviewer')}")
    ch(page, "date-updated", f"آخر تحديث {d.day} {month(d)} {d.year}")
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "disclaimer", ["المعلومات الواردة في هذا المقال لأغراض التوعية فقط، ولا تغني عن استشارة الطبيب أو أخصائي التغذية قبل تغيير نظامك الغذائي."])
    lines = ["قد يعجبك أيضاً"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    bl(page, "newsletter", ["اشترك في نشرة عافية الأسبوعية وتصلك كل خميس نصائح غذائية موثوقة يراجعها أطباء مختصون.", "بريدك الإلكتروني", "اشتراك"])
    ch(page, "footer-one-line", "من نحن | سياستنا التحريرية | الخصوصية | اتصل بنا")
    ch(page, "rights", "© 2025 عافية. جميع الحقوق محفوظة")
    finish(page)
