"""دار الفتوى الرقمية: a fatwa page. Header and menu, breadcrumb with «»», «رقم الفتوى:
41872», «تاريخ النشر: <Hijri> - <Gregorian>», the fatwa title, the template labels
«السؤال» and «الإجابة» (chrome: the same two words on every fatwa), the question and the
answer (body, «والله أعلم.» included), the mufti's line, «هل أفادتك هذه الفتوى؟» with
«نعم (214) لا (9)», «فتاوى ذات صلة» with numbers, a note written as a sentence about
sending questions, an about-us blurb in the footer.
"""
from generate import hijri_text
from _common import bl, body_all, ch, finish

SITE = {"id": "ifta", "name": "دار الفتوى الرقمية", "host": "dar-alfatwa.test", "first": "2025-12-08T09:00"}


def url(art):
    return f"https://{SITE['host']}/fatwa/41872"


def render(art, ctx, page):
    bl(page, "site-header", ["دار الفتوى الرقمية", "مرجعك الموثوق في الأحكام الشرعية"])
    bl(page, "menu-lines", ["الرئيسية", "الفتاوى", "أرسل سؤالك", "المفتون", "المكتبة", "تواصل معنا"])
    ch(page, "breadcrumb", "الرئيسية » الفتاوى » المعاملات » البيوع")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "fatwa-number", "رقم الفتوى: 41872")
    ch(page, "date-hijri", f"تاريخ النشر: {hijri_text(art.date)} هـ - {art.date.day}/{art.date.month}/{art.date.year} م")
    page.gap()
    q = [b for b in art.blocks if b[0] == "para"][:1]
    ch(page, "qa-labels", "السؤال")
    page.gap()
    page.para(q[0][1])
    page.gap()
    ch(page, "qa-labels", "الإجابة")
    page.gap()
    art.blocks = art.blocks[1:]
    body_all(page, art, ctx)
    bl(page, "byline-after-body", [f"المفتي: {art.get('author')}", "أمين الفتوى بدار الفتوى الرقمية"])
    bl(page, "feedback", ["هل أفادتك هذه الفتوى؟", "نعم (214)   لا (9)"])
    bl(page, "related", ["فتاوى ذات صلة"] + [f"{t} - رقم {n}" for t, n in zip(ctx.others(3), (38120, 40561, 29977))])
    bl(page, "notice-sentence", ["الفتاوى المنشورة إجابات عن أسئلة بعينها، فإذا اختلفت حالتك فأرسل سؤالك مفصلاً ولا تقس عليها."])
    bl(page, "footer-about", ["عن الموقع", "دار الفتوى الرقمية منصة تعنى بالإجابة عن أسئلة الناس في العبادات والمعاملات وفق منهج علمي منضبط، ويشرف عليها عدد من أهل العلم.",
                              "جميع الحقوق محفوظة لدار الفتوى الرقمية © 1447 هـ"])
    finish(page)
