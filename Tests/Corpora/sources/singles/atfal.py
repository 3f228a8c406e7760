"""عالم صغير: a kids' educational site: colourful nav in one line, «العمر: 6 - 9 سنوات» and
«مدة النشاط» lines (not body), the headline, a «هل تعلم؟» box (not body), the lesson: a
paragraph STARTING WITH «اقرأ» (an instruction to parents: body), a story, numbered
questions under «## نشاط», a parents' note «ملاحظة للأهل: …» (body), a printable worksheet
link, stars to rate, «دروس أخرى», the footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "atfal", "name": "عالم صغير", "host": "alam-saghir.test", "first": "2025-12-10T08:00"}


def url(art):
    return f"https://{SITE['host']}/lessons/{art.slug}"


def render(art, ctx, page):
    ch(page, "menu-one-line", "🏠 الرئيسية | 📚 قصص | 🔬 علوم | 🎨 أنشطة | 🎵 أناشيد | 👪 للأهل")
    page.gap()
    page.title(art.title)
    ch(page, "age-line", "العمر: 6 - 9 سنوات")
    ch(page, "duration", "مدة النشاط: 20 دقيقة")
    page.gap()
    bl(page, "fact-box", ["هل تعلم؟", "تستطيع النملة أن تحمل ما يزيد على عشرة أضعاف وزنها!"])
    body_all(page, art, ctx)
    page.note("body-starts-with-read")
    ch(page, "print-worksheet", "اطبع ورقة النشاط (PDF)")
    ch(page, "rating", "هل أعجبك الدرس؟ ⭐⭐⭐⭐⭐")
    bl(page, "related", ["دروس أخرى"] + ctx.others(3))
    ch(page, "footer-one-line", "عالم صغير © 2025 - محتوى آمن للأطفال")
    finish(page)
