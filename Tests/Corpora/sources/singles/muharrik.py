"""محرك: a car-news site's first-drive review. English widget text («Reviews | News | Prices
| EV»), a breadcrumb with «›», the title, «تجربة قيادة» label, «فريق محرك» byline with
«منذ يومين», the lead photo's caption (no credit), a specs list with «:» lines (body), an
in-body photo caption, «اقرأ أيضاً:» with the headline and a summary on the same line
after «—», a price disclaimer sentence, «سيارات منافسة» with price lines, «قيم هذه
السيارة», footer with an about-us sentence.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "muharrik", "name": "محرك", "host": "muharrik-cars.test", "first": "2025-12-12T10:00"}


def url(art):
    return f"https://{SITE['host']}/reviews/{art.slug}"


def render(art, ctx, page):
    ch(page, "english-widget", "Reviews | News | Prices | EV")
    page.gap()
    ch(page, "breadcrumb", "محرك › مراجعات › سيدان")
    page.gap()
    page.title(art.title)
    ch(page, "label", "تجربة قيادة")
    ch(page, "byline-date", "فريق محرك · منذ يومين")
    page.gap()
    page.caption(art.get("caption"))
    page.gap()

    def readalso(p):
        (head, summary), = teasers(ctx, 1)
        ch(p, "read-also-line", f"اقرأ أيضاً: {head} — {summary}")
        page.note("read-also-summary")
    body_all(page, art, ctx, readalso=readalso)
    bl(page, "disclaimer", ["الأسعار المذكورة استرشادية وقد تختلف بحسب الوكيل والفئة وموعد الشراء، فتأكد منها قبل اتخاذ قرارك."])
    bl(page, "related", ["سيارات منافسة", "نجمة 5 2026   يبدأ من 1,140,000 جنيه", "ريح S 2025   يبدأ من 1,095,000 جنيه"])
    bl(page, "rating", ["قيم هذه السيارة", "☆☆☆☆☆"])
    bl(page, "footer-about", ["محرك موقع عربي مستقل يختبر السيارات بنفسه منذ 2016، ولا يتلقى مقابلاً من الشركات على مراجعاته.", "© 2025 محرك"])
    finish(page)
