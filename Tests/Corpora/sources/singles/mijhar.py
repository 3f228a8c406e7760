"""المجهر: a popular-science magazine: English chrome («Science», «Newsletter», «Search»),
a breadcrumb, the headline, a lead, the author and reading time, the body with subheadings
and a PULL QUOTE (a body sentence printed again), a glossary box («مصطلح: …», not body),
the study's DOI line, a source line (credit), an author bio, related, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "mijhar", "name": "المجهر", "host": "almijhar-mag.test", "first": "2025-12-09T08:00"}


def url(art):
    return f"https://{SITE['host']}/earth/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Almijhar | Science | Newsletter | Search")
    ch(page, "breadcrumb", "علوم الأرض › مناخ")
    page.gap()
    page.title(art.title)
    page.para(art.get("subtitle"))
    page.note("lead")
    ch(page, "byline-date", f"{art.get('author')} · {d.day} {month(d)} {d.year}")
    ch(page, "reading-time", "مدة القراءة: 6 دقائق")
    page.gap()
    paras = [v for k, v in art.blocks if k == "para"]
    quote = paras[2]

    def caption(p, value):
        # the magazine's in-body slot: the pull quote of the third paragraph
        ch(p, "pull-quote", f"«{quote}»")
    body_all(page, art, ctx, caption=caption)
    bl(page, "glossary-box", ["مصطلح: الجليد الأرضي الدائم (التربة الصقيعية) تربة تبقى متجمدة عامين متتاليين على الأقل."])
    ch(page, "doi", "DOI: 10.5555/ares.2025.0412")
    page.credit("المصدر: دورية بحوث المناطق الباردة", "دورية بحوث المناطق الباردة")
    page.gap()
    ch(page, "author-bio", f"{art.get('author')} صحفية علمية تكتب عن المناخ والبيئة، حاصلة على ماجستير في الجيولوجيا.")
    bl(page, "related", ["قد يهمك أيضاً"] + ctx.others(3))
    ch(page, "footer-one-line", "© 2025 Almijhar Magazine · About · Contact · Privacy")
    finish(page)
