"""نيوزواير العرب: a press-release wire. English top links («Newsroom | For Journalists |
Send a Release»), «بيان صحفي» label and «للنشر الفوري», the headline, a one-sentence lead,
the release opening with a dateline «دبي، الإمارات العربية المتحدة، 14 ديسمبر 2025 /نيوزواير
العرب/ --» glued to the first paragraph, a quote paragraph, «نبذة عن …» boilerplate and
«للتواصل الإعلامي:» contact lines (not body), «###», «المصدر: …» source line (credit), «بيانات
أخرى من هذه الشركة» list, a wire disclaimer sentence, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "bayan", "name": "نيوزواير العرب", "host": "arab-newswire.test", "first": "2025-12-14T06:00"}


def url(art):
    return f"https://{SITE['host']}/releases/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Newsroom | For Journalists | Send a Release | Login")
    page.gap()
    ch(page, "label", "بيان صحفي")
    ch(page, "label-release", "للنشر الفوري")
    page.gap()
    page.title(art.title)
    page.gap()
    page.note("lead")
    page.para(art.get("subtitle"))
    page.gap()
    page.note("dateline-glued")
    first = True

    def wire(s):
        nonlocal first
        if first:
            first = False
            return f"دبي، الإمارات العربية المتحدة، {d.day} {month(d)} {d.year} /نيوزواير العرب/ -- {s}"
        return s
    body_all(page, art, ctx, text=wire)
    bl(page, "about-blurb", ["نبذة عن شركة مدار للحلول اللوجستية", "تأسست مدار عام 2011 وتدير اليوم شبكة من المستودعات الذكية في ست دول، وتخدم أكثر من ألفي عميل في قطاعات التجزئة والأدوية والأغذية."])
    bl(page, "media-contact", ["للتواصل الإعلامي:", "ريم الكعبي", "press@madar-logistics.test", "+971 4 000 0000"])
    ch(page, "end-mark", "###")
    page.gap()
    page.credit("المصدر: شركة مدار للحلول اللوجستية", "شركة مدار للحلول اللوجستية")
    page.gap()
    bl(page, "related", ["بيانات أخرى من هذه الشركة"] + ctx.others(2))
    bl(page, "disclaimer", ["المحتوى أعلاه مقدم من الجهة المصدرة للبيان، ولا يتحمل نيوزواير العرب أي مسؤولية عن دقته."])
    ch(page, "footer-one-line", f"© {d.year} Arab Newswire | Terms | Privacy")
    finish(page)
