"""دفاتر مسافرة: a personal Blogger-style travel blog. The blog's name and its one-sentence
description, «الصفحة الرئيسية», the post date as «الثلاثاء، 2 ديسمبر 2025», the title
printed twice (post title, then again as the first line of the post), a photo caption in
the body, «أرسل هذه عبر البريد الإلكتروني / BlogThis! / …», «التسميات: …», a comments
section with «رد» and «حذف» under each comment, «المشاركات الشائعة» with a snippet each,
a sidebar «عن المدونة» written in sentences, an affiliate disclaimer, «يتم التشغيل بواسطة Blogger».
"""
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "dafatir", "name": "دفاتر مسافرة", "host": "dafatir-musafira.blogspot.test", "first": "2025-12-02T10:00"}


def url(art):
    return f"https://{SITE['host']}/2025/12/{art.slug}.html"


def render(art, ctx, page):
    bl(page, "site-header", ["دفاتر مسافرة", "حكايات من الطريق، ومدن أزورها بميزانية صغيرة وحقيبة واحدة."])
    ch(page, "menu-lines", "الصفحة الرئيسية")
    page.gap()
    ch(page, "date-weekday", long_date(art.date))
    page.gap()
    page.title(art.title)
    page.gap()
    page.title(art.title)
    page.gap()
    body_all(page, art, ctx)
    bl(page, "affiliate-disclaimer", ["تنويه: بعض الروابط في هذه التدوينة روابط تسويقية، وقد أحصل على عمولة صغيرة إذا حجزت من خلالها دون أن يتغير السعر عليك."])
    ch(page, "byline-after-body", f"نشرها {art.get('author')} في 9:14 م")
    ch(page, "share", "أرسل هذه عبر البريد الإلكتروني BlogThis! المشاركة على X المشاركة في Facebook")
    ch(page, "tags", "التسميات: تونس، رحلات داخلية، مدن قديمة")
    page.gap()
    page.note("readers-comments")
    bl(page, "readers-comments", ["3 تعليقات:", "سلمى ع. يقول...", "وصف جميل جداً، زرت المدينة قبل سنوات وأعدتني إليها. هل المتحف ما زال مغلقاً يوم الإثنين؟",
                                  "3 ديسمبر 2025 في 10:02 ص", "رد", "حذف",
                                  f"{art.get('author')} يقول...", "نعم يا سلمى، ما زال يغلق يوم الإثنين، فانتبهي لذلك.", "3 ديسمبر 2025 في 1:40 م", "رد", "حذف",
                                  "غير معرف يقول...", "شكرا على المعلومات المفيدة", "5 ديسمبر 2025 في 8:15 م", "رد", "حذف"])
    bl(page, "comment-form", ["إضافة تعليق", "تحميل المزيد..."])
    ch(page, "prev-next", "رسالة أحدث الصفحة الرئيسية رسالة أقدم")
    page.gap()
    lines = ["المشاركات الشائعة"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("popular-summaries")
    bl(page, "popular", lines)
    bl(page, "about-blurb", ["عن المدونة", "أنا معلمة لغة عربية أسافر في العطل المدرسية، وأكتب هنا ما يفيد من يريد أن يسافر بميزانية محدودة. كل الصور في المدونة من تصويري."])
    ch(page, "rights", "يتم التشغيل بواسطة Blogger.")
    finish(page)
