"""تحقيقات الوطن: a long investigative feature. A one-line menu with «•», «تحقيقات» and a
series line «الحلقة الأولى من ثلاث», the title, a lead, «إعداد: … | تصوير: …», a long date,
reading time, 14 paragraphs with subheadings, two in-body captions with no credit, a pull
quote (a sentence of the body printed again between paragraphs), a support notice as a
sentence («أُنجز هذا التحقيق بدعم من …»), «الحلقة القادمة: …» teaser sentence, share row,
«تحقيقات سابقة» teasers with summaries, footer.
"""
from _common import bl, body_all, ch, long_date, finish, teasers

SITE = {"id": "tahqiq", "name": "تحقيقات الوطن", "host": "tahqiqat-alwatan.test", "first": "2025-12-06T08:00"}


def url(art):
    return f"https://{SITE['host']}/investigations/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "الرئيسية • تحقيقات • ملفات • بيانات • من نحن")
    page.gap()
    ch(page, "category", "تحقيقات")
    ch(page, "series-line", "الحلقة الأولى من ثلاث")
    page.gap()
    page.title(art.title)
    page.gap()
    page.para(art.get("subtitle"))
    page.note("lead")
    page.gap()
    ch(page, "byline", f"إعداد: {art.get('author')} | تصوير: {art.get('photographer')}")
    ch(page, "date-weekday", long_date(art.date))
    ch(page, "reading-time", "12 دقيقة قراءة")
    page.gap()
    body_all(page, art, ctx)
    paras = [i for i, l in enumerate(page.lines) if l[1] == "para"]
    at = paras[6]
    page.lines.insert(at, ["", "chrome", None])
    page.lines.insert(at, [art.get("pull"), "chrome", "pull-quote"])
    page.note("pull-quote")
    bl(page, "support-notice", ["أُنجز هذا التحقيق بدعم من شبكة الصحافة الاستقصائية العربية، ولا تتدخل الشبكة في محتواه التحريري."])
    bl(page, "next-episode", ["الحلقة القادمة: كيف تصل المياه المعبأة غير المرخصة إلى رفوف المتاجر الكبرى؟"])
    ch(page, "share", "شارك التحقيق")
    page.gap()
    lines = ["تحقيقات سابقة"]
    for head, summary in teasers(ctx, 2):
        lines += [head, summary]
    page.note("related-summaries")
    bl(page, "related", lines)
    ch(page, "rights", "© تحقيقات الوطن 2025 - يسمح بإعادة النشر مع ذكر المصدر ورابط التحقيق")
    finish(page)
