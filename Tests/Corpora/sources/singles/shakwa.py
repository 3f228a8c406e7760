"""صوت المستهلك (a consumer-complaints site, Morocco): «قدّم شكوى | تسجيل الدخول», a menu one per
line, the companies breadcrumb, the complaint's headline, the status badge «الحالة: تم الحل ✓»,
«رقم الشكوى: 77120 · قُدّمت منذ 5 أيام · المدينة: الدار البيضاء», the complaint's text (the
consumer's words, the article), «هل واجهت المشكلة نفسها؟ (23)», «رد الشركة» with the company's
reply (not body: a reply), «تقييم المستهلك للحل: ★★★★☆», «شكاوى مشابهة ضد الشركة نفسها», the site's
neutrality sentence, footer in French.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "shakwa", "name": "صوت المستهلك", "host": "sawt-almoustahlik.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/plaintes/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "قدّم شكوى | تسجيل الدخول")
    bl(page, "menu-lines", ["الشكاوى", "الشركات", "التصنيفات", "كيف يعمل الموقع"])
    ch(page, "breadcrumb", "الشركات › الاتصالات › شركة أطلس فايبر")
    page.gap()
    page.title(art.title)
    ch(page, "status-badge", "الحالة: تم الحل ✓")
    ch(page, "complaint-meta", f"رقم الشكوى: 77120 · قُدّمت {ago(5 * 24 * 60)} · المدينة: الدار البيضاء")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "feedback", "هل واجهت المشكلة نفسها؟ (23)")
    bl(page, "answers", ["رد الشركة", "شركة أطلس فايبر · منذ 4 أيام",
                         "نعتذر عن الإزعاج، تم التواصل مع الزبون وإعادة الخدمة وتعويضه بشهر مجاني. نشكركم على صبركم."])
    ch(page, "user-rating", "تقييم المستهلك للحل: ★★★★☆")
    bl(page, "related", ["شكاوى مشابهة ضد الشركة نفسها"] + ctx.others(3))
    ch(page, "disclaimer", "الموقع منصة محايدة، والشكاوى تعبّر عن آراء أصحابها.")
    ch(page, "footer-french", "Qui sommes-nous | Conditions d'utilisation | Contact © 2025")
    finish(page)
