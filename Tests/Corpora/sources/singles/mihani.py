"""مهني (a professional network's article page): «انضم الآن | تسجيل الدخول», the article's headline,
the author block («سامر الخطيب», «مدير الموارد البشرية في مجموعة …», «+ متابعة»), «نُشر في 14 ديسمبر
2025», the article (short paragraphs, a list), «إبلاغ عن هذا المقال», «87 تفاعلاً · 12 تعليقاً»,
«أعجبني | تعليق | إعادة نشر | إرسال», «سجّل الدخول لعرض التعليقات», «مقالات أخرى من سامر الخطيب»,
«استكشف المواضيع» with topic names on one line, English footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "mihani", "name": "مهني", "host": "mihani-network.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/pulse/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "login", "انضم الآن | تسجيل الدخول")
    page.gap()
    page.title(art.title)
    page.gap()
    bl(page, "author-card", ["سامر الخطيب", "مدير الموارد البشرية في مجموعة الأفق القابضة", "+ متابعة"])
    ch(page, "date", f"نُشر في {d.day} {month(d)} {d.year}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "report", "إبلاغ عن هذا المقال")
    ch(page, "reactions", "87 تفاعلاً · 12 تعليقاً")
    ch(page, "fb-actions", "أعجبني | تعليق | إعادة نشر | إرسال")
    ch(page, "login", "سجّل الدخول لعرض التعليقات")
    bl(page, "more-by-author", ["مقالات أخرى من سامر الخطيب"] + ctx.others(3))
    bl(page, "topics", ["استكشف المواضيع", "المبيعات · التسويق · الموارد البشرية · التكنولوجيا · ريادة الأعمال"])
    ch(page, "footer-english", "© 2025 Mihani Corporation · About · Accessibility · User Agreement · Privacy Policy")
    finish(page)
