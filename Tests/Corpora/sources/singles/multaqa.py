"""ملتقى المعلمين: a phpBB-style forum thread. «تسجيل • دخول», «الأسئلة الشائعة • بحث»,
forum index path with «‹», the thread title, «رد جديد», «5 مشاركات • صفحة 1 من 1», each
post: «بواسطة <name> » الأربعاء ديسمبر 10, 2025 8:12 pm», post title «Re: …» on replies,
member side info («مشاركات: 233», «اشترك في: …», «الرتبة: …»), the first post is the body,
«أعلى» after each post, a reply with «كتب <name>:» quoting the first post, a signature,
«العودة إلى <forum>», «من يتصفح المنتدى الآن».
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "multaqa", "name": "ملتقى المعلمين", "host": "multaqa-almoalemin.test", "first": "2025-12-10T19:00"}


def url(art):
    return f"https://{SITE['host']}/viewtopic.php?f=12&t=4410"


def stamp(d, h, m):
    return f"الأربعاء ديسمبر {d.day:02d}, {d.year} {h}:{m:02d} pm"


def render(art, ctx, page):
    ch(page, "login", "تسجيل • دخول")
    ch(page, "menu-one-line", "الأسئلة الشائعة • بحث • الأعضاء")
    ch(page, "breadcrumb", "الرئيسية ‹ المرحلة الابتدائية ‹ طرق التدريس")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "forum-buttons", "رد جديد", "5 مشاركات • صفحة 1 من 1")
    page.gap()
    d = art.date
    ch(page, "byline-forum", f"بواسطة {art.get('author')} » {stamp(d, 8, 12)}")
    bl(page, "member-info", [art.get("author"), "الرتبة: معلم متميز", "مشاركات: 233", "اشترك في: الاثنين فبراير 11, 2019 6:05 pm"])
    body_all(page, art, ctx)
    ch(page, "top-link", "أعلى")
    page.gap()
    first = [v for k, v in art.blocks if k == "para"][1]
    page.note("reply-quotes-body")
    page.note("readers-comments")
    bl(page, "readers-comments", [f"Re: {art.title}", f"بواسطة أ. منى الشريف » {stamp(d, 9, 3)}", "مشاركات: 58", f"كتب {art.get('author')}:", first,
                                  "فكرة رائعة، طبقتها مع الصف الثالث وصار الطلاب يطلبون حصة القراءة بأنفسهم.", "أعلى"])
    bl(page, "signature", ["التعليم ليس ملء دلو، بل إيقاد نار."])
    bl(page, "readers-comments", [f"Re: {art.title}", f"بواسطة زائر_2019 » {stamp(d, 11, 47)}", "هل يمكن رفع نموذج بطاقة المتابعة بصيغة قابلة للطباعة؟", "أعلى"])
    ch(page, "back-link", "العودة إلى طرق التدريس")
    page.gap()
    bl(page, "who-online", ["من يتصفح المنتدى الآن", "المستخدمون المتصفحون لهذا المنتدى: لا يوجد أعضاء مسجلين و 3 زوار"])
    ch(page, "rights", "Powered by phpBB® Forum Software © phpBB Limited")
    finish(page)
