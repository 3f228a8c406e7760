"""خواطر مهندسة (a WordPress blog with comments and pingbacks): the blog's name and tagline, a
menu on one line, the headline, «نُشر في 14 ديسمبر 2025 بواسطة … — 5 تعليقات», the post, «التصنيفات:
…  الوسوم: …», «← التدوينة السابقة | التدوينة التالية →», «5 تعليقات على “<headline>”» (the
headline quoted in the comments' header), comments («… قال:», the date «14 ديسمبر 2025 الساعة 9:14
م», the text, «رد»), two pingbacks («Pingback: …», «[…] كما كتبت … […]»), «اترك تعليقاً»,
«لن يتم نشر عنوان بريدك الإلكتروني.», the form fields, the sidebar («أحدث التدوينات»,
«أرشيف»), «Proudly powered by WordPress | Theme: Twenty Twenty-One».
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "khawatir", "name": "خواطر مهندسة", "host": "khawatir-muhandisa.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/2025/12/14/{art.slug}/"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "خواطر مهندسة")
    ch(page, "tagline", "عن العمارة والمدن والحياة اليومية")
    ch(page, "menu-one-line", "الرئيسية   عن المدونة   مشاريع   تواصل")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"نُشر في {d.day} {month(d)} {d.year} بواسطة {art.get('author')} — 5 تعليقات")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "tags", "التصنيفات: عمارة، مدن  الوسوم: الأسطح، الحر، التبريد")
    ch(page, "prev-next", "← التدوينة السابقة | التدوينة التالية →")
    page.gap()
    ch(page, "comments-header", f"5 تعليقات على “{art.title}”")
    bl(page, "readers-comments", ["سارة قال:", f"{d.day} {month(d)} {d.year} الساعة 9:14 م",
                                  "موضوع مهم جداً، في حيّنا جرّبنا طلاء الأسطح بالأبيض وفعلاً انخفضت الحرارة في الطابق الأخير.", "رد",
                                  "خالد م. قال:", f"{d.day} {month(d)} {d.year} الساعة 11:02 م",
                                  "هل هناك دراسات محلية عن تكلفة الأسطح الخضراء مقارنة بالعزل التقليدي؟", "رد"])
    bl(page, "pingbacks", ["Pingback: أسطح المدن الحارة – مدونة عمران",
                           "[…] كما كتبت المهندسة في تدوينتها الأخيرة عن تبريد الأسطح، فإن الحلول البسيطة قد تكون الأجدى […]",
                           "Pingback: روابط الأسبوع #48 – نشرة مساحات"])
    bl(page, "comment-form", ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                              "التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع",
                              "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                              "إرسال التعليق"])
    bl(page, "recent-posts", ["أحدث التدوينات"] + ctx.others(3))
    bl(page, "archive", ["أرشيف", "ديسمبر 2025", "نوفمبر 2025", "أكتوبر 2025"])
    ch(page, "powered", "Proudly powered by WordPress | Theme: Twenty Twenty-One")
    finish(page)
