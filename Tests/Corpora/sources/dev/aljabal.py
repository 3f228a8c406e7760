"""بوابة الجبل: a Levantine (Jordanian-style) news portal on a WordPress-like theme.

Levantine month names («14 كانون الأول 2025»), weather, prayer-times and currency widgets
whose figures change on every page, a «شريط الأخبار» ticker line of headlines joined by
« | », a one-per-line menu (each item with a trailing space), category, title, «بوابة الجبل - <author>», «تاريخ النشر: …»,
a view counter, in-body «إقرأ المزيد : <headline>», «مقالات ذات صلة» (the stock WordPress
phrase), the WordPress comment form, a footer with the editor's name and social links.
Some first paragraphs start with a dateline («عمّان - ») that is part of the body.
Last four pages: the ticker label becomes «آخر الأخبار» and the comment form is replaced by
«التعليقات مغلقة.» with a new footer line.
"""
import datetime as dt

from generate import body, hour12, month, weekday

SITE = {"id": "aljabal", "name": "بوابة الجبل", "host": "www.aljabal-news.test",
        "first": "2025-11-01T10:00", "drift_pages": 4}

SLUGS = {"محليات": "local", "اقتصاد": "economy", "عربي ودولي": "world", "رياضة": "sport",
         "ثقافة وفنون": "culture", "تكنولوجيا": "tech", "صحة ومجتمع": "society"}


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{art.slug}-{4410 + art.number}"


def stamp(d):
    h, pm = hour12(d)
    return f"{d.day} {month(d, 'levant')} {d.year} {h:02d}:{d.minute:02d} {'م' if pm else 'ص'}"


def prayer_line(d, rng):
    base = [(5, 30), (11, 35), (14, 20), (16, 38), (18, 0)]
    names = ["الفجر", "الظهر", "العصر", "المغرب", "العشاء"]
    shift = (d.timetuple().tm_yday % 20)
    parts = []
    for name, (h, m) in zip(names, base):
        t = dt.datetime(2025, 1, 1, h, m) + dt.timedelta(minutes=shift // 2)
        parts.append(f"{name} {t:%H:%M}")
    return " ".join(parts)


def render(art, ctx, page):
    rng = ctx.rng
    d = ctx.crawled
    page.chrome("بوابة الجبل الإخبارية", cls="site-header")
    page.chrome(f"{weekday(d)} {d.day} {month(d, 'levant')} {d.year}", cls="date-today")
    page.chrome(f"عمّان {rng.randint(6, 17)}° {rng.choice(['غائم جزئياً', 'صافٍ', 'ماطر', 'غائم'])}",
                prayer_line(d, rng),
                f"دولار 0.709 | يورو 0.{rng.randint(820, 845)} | ذهب عيار 21: {rng.randint(86, 92)}.{rng.randint(10, 90)} دينار", cls="weather-widget")
    page.gap()
    page.chrome("آخر الأخبار" if ctx.late else "شريط الأخبار", " | ".join(ctx.recent(4)), cls="ticker")
    page.block([m + " " for m in ["الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة وفنون",
                                   "تكنولوجيا", "صحة ومجتمع", "كاريكاتير", "اتصل بنا"]], cls="menu-lines")  # trailing spaces
    page.chrome(art.section, cls="category")
    page.title(art.title)
    page.chrome(f"بوابة الجبل - {art.get('author')}", f"تاريخ النشر: {stamp(art.date)}",
                f"عدد المشاهدات: {rng.randint(180, 9500)}", cls="byline-date")
    page.gap()
    if art.get("caption"):
        page.caption(art.get("caption"))
        page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, include_archive=False, exclude=used)[0]
        used.append(t)
        p.chrome(f"إقرأ المزيد : {t}", cls="read-also-line")
    body(page, art, ctx, readalso=readalso)
    if not art.get("no_related"):
        page.block(["مقالات ذات صلة"] + ctx.others(3, exclude=used), cls="related")
    else:
        page.note("no-related")
    if ctx.late:
        page.block(["التعليقات مغلقة."], cls="comments-empty")
    else:
        page.block(["اترك تعليقاً",
                    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                    "التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني",
                    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                    "إرسال التعليق"], cls="comment-form")
    footer = ["بوابة الجبل الإخبارية", "موقع إخباري مستقل يصدر عن شركة الجبل للإعلام والنشر",
              "رئيس التحرير: سامر الخطيب"]
    if ctx.late:
        footer.append("سياسة الخصوصية | شروط الاستخدام | أعلن معنا")
    page.block(footer + ["جميع الحقوق محفوظة © 2025", "فيسبوك", "إكس", "إنستغرام", "يوتيوب"], cls="footer")
