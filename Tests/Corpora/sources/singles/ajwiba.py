"""أجوبة المجتمع: a community Q&A site. Search box and «اطرح سؤالاً», the question's title,
«سُئل منذ 3 أيام بواسطة …» and a view counter, the question's text (the body: what the
asker wrote), its tags, «5 إجابات» and a sort line, then the answers (chrome by the gold
rules: users' replies), each with a vote count, «أفضل إجابة» on the first, the answerer's
name and points, «أُجيب …», «إضافة تعليق»; «أسئلة مشابهة» with answer counts, a
community-guidelines sentence and the footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "ajwiba", "name": "أجوبة المجتمع", "host": "ajwiba-community.test", "first": "2025-12-10T09:00"}


def url(art):
    return f"https://{SITE['host']}/q/51230/{art.slug}"


ANSWERS = [
    ("42", "أفضل إجابة", "ريم الخطيب", "2,340 نقطة", "أُجيب منذ يومين",
     ["الأرجح أن المشكلة في تخمير العجين لا في الفرن، فالخبز الذي ينتفخ ثم يهبط يكون قد تخمر أكثر من اللازم.",
      "قللي كمية الخميرة إلى النصف، واتركي العجين ساعة واحدة في مكان دافئ بدلاً من ساعتين، وسترين الفرق من أول مرة."]),
    ("17", "", "أبو ليث", "610 نقاط", "أُجيب منذ يومين",
     ["جربي أن تسخني الصينية نفسها في الفرن قبل وضع الأرغفة عليها، فالحرارة من الأسفل هي التي تصنع الجيب في الخبز."]),
    ("3", "", "مستخدم مجهول", "", "أُجيب منذ 20 ساعة",
     ["عندي نفس المشكلة، هل وجدت حلاً؟"]),
]


def render(art, ctx, page):
    bl(page, "menu-one-line", ["الرئيسية   الأسئلة   الوسوم   المستخدمون   غير مجاب عنها"])
    bl(page, "search", ["ابحث عن سؤال...", "اطرح سؤالاً"])
    page.title(art.title)
    page.gap()
    ch(page, "byline-asked", f"سُئل منذ 3 أيام بواسطة {art.get('author')}")
    ch(page, "counter-views", "شوهد 1,127 مرة")
    page.gap()
    page.note("body-question")
    body_all(page, art, ctx)
    bl(page, "tags", ["خبز", "مخبوزات", "فرن منزلي"])
    ch(page, "share", "مشاركة   تعديل   متابعة   إبلاغ")
    page.gap()
    ch(page, "answer-count", "3 إجابات")
    ch(page, "sort", "ترتيب حسب: الأعلى تصويتاً")
    page.gap()
    page.note("answers")
    for votes, best, who, pts, when, texts in ANSWERS:
        lines = [votes] + ([best] if best else []) + texts + [f"{who} {pts}".strip(), when, "إضافة تعليق"]
        bl(page, "answers", lines)
    page.note("best-answer")
    bl(page, "answer-form", ["إجابتك", "للإجابة على هذا السؤال يجب عليك تسجيل الدخول أو إنشاء حساب جديد."])
    bl(page, "related", ["أسئلة مشابهة"] + [f"{t}   {n} إجابات" for t, n in zip(ctx.others(3), (4, 2, 7))])
    bl(page, "community-guidelines", ["نرجو الالتزام بإرشادات المجتمع: اكتب إجابة تشرح السبب ولا تكتفِ بالشكر، واحترم السائلين مهما كان السؤال بسيطاً."])
    ch(page, "footer-one-line", "حول الموقع · المساعدة · الخصوصية · شروط الاستخدام")
    ch(page, "rights", "© 2025 أجوبة المجتمع")
    finish(page)
