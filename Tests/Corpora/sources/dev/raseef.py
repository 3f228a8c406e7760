"""رصيف الأخبار: an international news network's site.

A skip link, login and subscribe links, a one-per-line menu with «بث مباشر» and «English», category, title, a lead,
author and role lines, the date as «14/12/2025» plus «آخر تحديث: … (بتوقيت مكة)», a share
prompt, a caption ending in the agency in parentheses, an in-body «اقرأ أيضا» box printed the
way such sites' dumps show it («list of 4 items», «list 1 of 4», headline, …, «end of list»),
a source line with a space before the colon on some pages, two blank lines, «المزيد من <section>» items each
followed by their date, «الأكثر قراءة», social links and a long footer.
Investigation pages («تحقيقات»): two authors, no lead, long bodies with subheadings.
Last three pages: a new share prompt and an apps line in the footer.
"""
from generate import body

SITE = {"id": "raseef", "name": "رصيف الأخبار", "host": "www.raseef-news.test",
        "first": "2025-11-02T05:00", "drift_pages": 3}

SLUGS = {"سياسة": "politics", "اقتصاد": "economy", "رياضة": "sport",
         "علوم وتكنولوجيا": "science", "ثقافة": "culture", "تحقيقات": "investigations"}


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{art.date:%Y/%-m/%-d}/{art.slug}"


def day(d):
    return f"{d.day}/{d.month}/{d.year}"


def render(art, ctx, page):
    rng = ctx.rng
    page.block(["تخطي إلى المحتوى", "رصيف الأخبار", "تسجيل الدخول", "اشترك الآن", "القائمة الرئيسية", "أخبار", "سياسة", "اقتصاد",
                "رياضة", "علوم وتكنولوجيا", "ثقافة", "تحقيقات", "بث مباشر", "English"], cls="menu-lines")
    investigation = art.section == "تحقيقات"
    page.chrome(art.section, cls="category")
    page.gap()
    page.title(art.title)
    page.gap()
    if art.get("subtitle"):
        page.para(art.get("subtitle"))
        page.gap()
    authors = [a.strip() for a in art.get("author").split("،")]
    page.chrome(*authors, cls="byline")
    if not investigation:
        page.chrome(f"مراسل رصيف الأخبار - {art.get('place')}" if art.get("place") else "صحفي في رصيف الأخبار", cls="byline")
    else:
        page.note("investigation-layout")
    page.gap()
    page.chrome(day(art.date), cls="date")
    if ctx.chance(0.6):
        upd = art.date.replace(hour=min(23, art.date.hour + rng.randint(0, 4)), minute=rng.randint(0, 59))
        page.chrome(f"آخر تحديث: {day(upd)} {upd.hour:02d}:{upd.minute:02d} (بتوقيت مكة)", cls="date-updated")
    page.gap()
    page.chrome("شارك القصة" if ctx.late else "انقر هنا للمشاركة على وسائل التواصل", cls="share")
    page.gap()
    if art.get("caption"):
        page.caption(art.get("caption"))
        page.gap()
    used = []

    def readalso(p):
        items = ctx.others(4, include_archive=False, exclude=used)
        used.extend(items)
        p.chrome("اقرأ أيضا", f"list of {len(items)} items", cls="read-also-box")
        for i, t in enumerate(items, 1):
            p.chrome(f"list {i} of {len(items)}", t, cls="read-also-box")
        p.chrome("end of list", cls="read-also-box")
    body(page, art, ctx, readalso=readalso)
    credit = art.get("credit")
    if credit:
        page.credit(f"المصدر{' ' if ctx.chance(0.5) else ''}: {credit}", credit)
        page.gap()
    if not art.get("no_related"):
        page.gap(2)
        page.chrome(f"المزيد من {art.section}", cls="related")
        page.gap()
        for other in ctx.other_articles(4, exclude=used):
            page.chrome(other.title, day(other.date), cls="related")
            page.gap()
    else:
        page.note("no-related")
    page.block(["الأكثر قراءة"] + ctx.others(5, exclude=used), cls="most-read")
    page.block(["تابع رصيف الأخبار على:", "فيسبوك", "إكس", "يوتيوب", "تيك توك", "واتساب"], cls="social-follow")
    footer = ["عن رصيف الأخبار", "من نحن", "مدونة السلوك المهني", "الشروط والأحكام", "سياسة الخصوصية",
              "سياسة ملفات الارتباط", "تفضيلات ملفات الارتباط", "خريطة الموقع", "اعمل معنا", "تواصل معنا"]
    if ctx.late:
        footer.append("تطبيقات رصيف الأخبار")
    page.block(footer + ["© 2025 رصيف الأخبار"], cls="footer")
