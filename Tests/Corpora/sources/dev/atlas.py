"""منارة الأطلس: a Moroccan-style news site.

French and Latin widget text (the site's Latin name, «FR | EN | ع», «Suivez-nous», «Tous droits
réservés»), Moroccan month names («14 دجنبر 2025 - 15:12»), the author's name above the
title, the title printed twice in a row, a photo credit line under the caption, in-body
«اقرأ أيضا » <headline>», share lines and a line of spaces, a tags line, «مقالات مرتبطة» items each followed by a
relative time, and readers' comments (name, time, text, likes) that change on every page.
Opinion pages («كتاب وآراء»): title printed once, a «كاتب رأي» line, no photo, no comments.
Last three pages: «Suivez-nous» becomes «تابعونا» and the copyright line changes.
"""
from generate import ago, body, month, weekday

SITE = {"id": "atlas", "name": "منارة الأطلس", "host": "www.menara-atlas.test",
        "first": "2025-11-05T07:00", "drift_pages": 3}

SLUGS = {"سياسة": "politique", "اقتصاد": "economie", "مجتمع": "societe", "رياضة": "sport",
         "ثقافة": "culture", "جهات": "regions", "تكنولوجيا": "tech", "كتاب وآراء": "opinions"}

NAMES = ["مواطن غيور", "أبو ياسين", "سعيد من طنجة", "مغربي في المهجر", "خديجة", "متابع",
         "رشيد ب.", "ابن الجنوب", "أستاذ متقاعد", "حميد"]
COMMENTS = [
    "نتمنى أن يتحقق هذا على أرض الواقع وليس فقط في التصريحات.",
    "مبادرة جيدة لكن الأهم هو المتابعة والمحاسبة.",
    "والله العظيم هذا ما كنا ننتظره منذ سنوات",
    "شكرا على المقال، معلومات مفيدة.",
    "وماذا عن المناطق القروية؟ دائما ننسى.",
    "الأسعار نار والمواطن البسيط هو الضحية",
    "كلام جميل، ننتظر النتائج.",
    "يجب إشراك الشباب في مثل هذه المشاريع.",
    "أين كانت هذه الإجراءات من قبل؟",
    "تحية للصحفي على التغطية.",
    "هذا هو الطريق الصحيح، بالتوفيق.",
    "المشكل ليس في القوانين بل في تطبيقها.",
]


def url(art):
    return f"https://{SITE['host']}/{SLUGS[art.section]}/{art.slug}-{61200 + art.number * 7}.html"


def stamp(d):
    return f"{weekday(d)} {d.day} {month(d, 'maghreb')} {d.year} - {d.hour:02d}:{d.minute:02d}"


def render(art, ctx, page):
    rng = ctx.rng
    page.block(["منارة الأطلس", "Menara Atlas", "FR | EN | ع"], cls="site-header")
    page.block(["الرئيسية", "سياسة", "اقتصاد", "مجتمع", "رياضة", "ثقافة", "جهات", "مغاربة العالم",
                "تكنولوجيا", "فيديو"], cls="menu-lines")
    opinion = art.section == "كتاب وآراء"
    page.chrome(art.get("author"), cls="byline-above-title")
    if opinion:
        page.chrome("كاتب رأي", cls="byline-above-title")
        page.note("opinion-layout")
    page.gap()
    page.title(art.title)
    if not opinion:
        page.title(art.title)
    page.chrome(stamp(art.date), cls="date-maghreb")
    page.gap()
    if art.get("caption") and not opinion:
        page.caption(art.get("caption"))
        page.chrome(f"صورة: {art.get('photo', 'منارة الأطلس')}", cls="photo-credit")
        page.gap()
    used = []

    def readalso(p):
        t = ctx.others(1, include_archive=False, exclude=used)[0]
        used.append(t)
        p.chrome(f"اقرأ أيضا » {t}", cls="read-also-line")
    body(page, art, ctx, readalso=readalso)
    page.block(["شارك المقال", "Facebook Twitter WhatsApp"], cls="share")
    page.add("   ")  # a line of spaces, as the share widget leaves it
    if art.get("tags"):
        page.block(["الوسوم: " + " - ".join(t.strip() for t in art.get("tags").split("،"))], cls="tags")
    page.chrome("مقالات مرتبطة", cls="related")
    page.gap()
    for t in ctx.others(3, exclude=used):
        page.chrome(t, ago(rng.randint(30, 60 * 24 * 6)), cls="related")
        page.gap()
    if not opinion:
        n = rng.choice([0, 1, 2, 3, 4])
        page.chrome(f"تعليقات الزوار ({n})", cls="readers-comments")
        page.gap()
        for i, text in enumerate(rng.sample(COMMENTS, n), 1):
            page.chrome(f"{i} - {rng.choice(NAMES)}", ago(rng.randint(5, 60 * 20)), text,
                        f"إعجاب {rng.randint(0, 40)}", cls="readers-comments")
            page.gap()
        page.block(["أضف تعليقك", "المرجو الالتزام بآداب الحوار، التعليقات المسيئة لن تنشر."], cls="comment-form")
    if ctx.late:
        page.block(["تابعونا", "Facebook", "YouTube", "Instagram",
                    "© منارة الأطلس 2025 - جميع الحقوق محفوظة | Mentions légales"], cls="footer")
    else:
        page.block(["Suivez-nous", "Facebook", "YouTube", "Instagram",
                    "© منارة الأطلس 2025 - Tous droits réservés"], cls="footer")
