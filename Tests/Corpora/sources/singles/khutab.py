"""منبر الكلمة الطيبة: a religious article (a Friday sermon text). The site's tagline as a
sentence, a one-line menu, «الخطب المنبرية» category, the title, «الشيخ …» with a Hijri
date only, «عدد القراءات: 3,120», the text with Quran verse lines in ﴿…﴾ and hadith lines
(body), a closing supplication line (body), «تحميل الخطبة PDF | نسخة للطباعة», the
preacher's bio box (one sentence), «خطب ذات صلة», a sentence about republishing, footer.
"""
from generate import hijri_text
from _common import bl, body_all, ch, finish

SITE = {"id": "khutab", "name": "منبر الكلمة الطيبة", "host": "kalima-tayyiba.test", "first": "2025-12-12T09:00"}


def url(art):
    return f"https://{SITE['host']}/khutab/{art.slug}"


def render(art, ctx, page):
    bl(page, "site-header", ["منبر الكلمة الطيبة", "موقع يعنى بنشر الخطب والدروس النافعة بلغة قريبة من الناس."])
    ch(page, "menu-one-line", "الرئيسية - الخطب المنبرية - الدروس - الفتاوى - الصوتيات - من نحن")
    page.gap()
    ch(page, "category", "الخطب المنبرية")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "byline", art.get("author"))
    ch(page, "date-hijri-only", f"{hijri_text(art.date)} هـ")
    ch(page, "counter-views", "عدد القراءات: 3,120")
    page.gap()
    page.note("body-verses")
    body_all(page, art, ctx)
    ch(page, "print-controls", "تحميل الخطبة PDF | نسخة للطباعة")
    page.gap()
    bl(page, "author-bio", ["عن الخطيب", art.get("bio")])
    bl(page, "related", ["خطب ذات صلة"] + ctx.others(3))
    bl(page, "republish", ["يجوز نقل الخطب وطباعتها وتوزيعها دون إذن مسبق، بشرط عدم التغيير في النص وذكر المصدر."])
    ch(page, "rights", "منبر الكلمة الطيبة © 1447 هـ")
    finish(page)
