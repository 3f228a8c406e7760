"""صدى الأطلس: a Moroccan news portal with heavy readers' comments. A French cookie notice,
«Suivez-nous», a one-line menu, «الأحد 14 دجنبر 2025 - 10:31», the title, «صدى الأطلس ـ
<author>», a comment counter «12 تعليقات», the body, a comment policy as a sentence,
«تعليقات الزوار» with numbered comments («1 - <name>», «منذ 3 ساعات», text, «أعجبني (14)
لم يعجبني (2)», «رد»), the comment form, «مقالات ذات صلة», footer.
"""
from generate import month, weekday
from _common import bl, body_all, ch, finish

SITE = {"id": "sadaatlas", "name": "صدى الأطلس", "host": "sada-atlas.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/societe/{art.slug}-441201.html"


COMMENTS = [
    ("مواطن غيور", "منذ 3 ساعات", "أخيراً قرار في الاتجاه الصحيح، لكن العبرة بالتطبيق وليس بالإعلان، فقد سمعنا وعوداً كثيرة من قبل.", 14, 2),
    ("سعيد من فاس", "منذ ساعتين", "الحافلات الجديدة مهمة، لكن الأهم هو احترام المواعيد، فالانتظار نصف ساعة في البرد لا يليق بالمواطنين.", 9, 0),
    ("ليلى", "منذ ساعة", "ماذا عن الأحياء البعيدة؟ لا يوجد أي خط يصلها حتى الآن.", 6, 1),
]


def render(art, ctx, page):
    bl(page, "cookie-banner", ["Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.", "J'accepte"])
    ch(page, "social-follow", "Suivez-nous")
    ch(page, "menu-one-line", "الرئيسية  سياسة  مجتمع  اقتصاد  جهات  رياضة  كتاب وآراء")
    page.gap()
    d = art.date
    ch(page, "date-maghreb", f"{weekday(d)} {d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}")
    page.title(art.title)
    page.note("title-after-date")
    page.gap()
    ch(page, "byline", f"صدى الأطلس ـ {art.get('author')}")
    ch(page, "counter-comments", "12 تعليقات")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "comment-policy", ["المرجو الالتزام بآداب الحوار، وكل تعليق يتضمن سباً أو قذفاً لن يتم نشره. التعليقات تعبر عن أصحابها ولا تلزم الجريدة."])
    page.note("readers-comments")
    lines = ["تعليقات الزوار"]
    for i, (who, when, text, up, down) in enumerate(COMMENTS, 1):
        lines += [f"{i} - {who}", when, text, f"أعجبني ({up})   لم يعجبني ({down})", "رد"]
    bl(page, "readers-comments", lines)
    bl(page, "comment-form", ["أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال"])
    bl(page, "related", ["مقالات ذات صلة"] + ctx.others(3))
    ch(page, "rights", "Sada Atlas © 2025 - جميع الحقوق محفوظة")
    finish(page)
