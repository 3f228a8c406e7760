"""وكالة الأنباء المتحدة: an agency wire. Language links «English | Français», a one-line
menu with spaces, the title, «عمّان 14 كانون الأول (ونا) -» dateline glued to the first
paragraph, a 3-paragraph wire ending with the agency's sign-off line «(انتهى) ن ع / ر ش»,
a correction notice written as a sentence after the text, «الأكثر قراءة» with a summary
each, a sentence about the agency in the footer and «يسمح بالنقل مع ذكر المصدر».
"""
from generate import month
from _common import bl, ch, finish, teasers

SITE = {"id": "wakala", "name": "وكالة الأنباء المتحدة", "host": "www.wna-agency.test", "first": "2025-12-14T07:00"}


def url(art):
    return f"https://{SITE['host']}/ar/article/2291845"


def render(art, ctx, page):
    ch(page, "language-switch", "English | Français | عربي")
    page.gap()
    ch(page, "menu-one-line", "الرئيسية  محليات  عربي ودولي  اقتصاد  رياضة  صور  فيديو")
    page.gap()
    page.title(art.title)
    page.gap()
    d = art.date
    ch(page, "time-line", f"{d.hour:02d}:{d.minute:02d}")
    page.gap()
    paras = [v for k, v in art.blocks if k == "para"]
    page.para(f"عمّان {d.day} {month(d, 'levant')} (ونا) - {paras[0]}")
    page.note("dateline-glued")
    for p in paras[1:]:
        page.gap()
        page.para(p)
    page.gap()
    ch(page, "signature", "(انتهى) ن ع / ر ش")
    page.gap()
    bl(page, "correction", ["تصحيح: ورد في نسخة سابقة من هذا الخبر أن المشروع يضم أربعين محطة، والصحيح أربع عشرة محطة، فاقتضى التنويه."])
    lines = ["الأكثر قراءة"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("most-read-summaries")
    bl(page, "most-read", lines)
    bl(page, "footer-about", ["وكالة الأنباء المتحدة مؤسسة إعلامية وطنية تأسست عام 1969، وتبث أخبارها بالعربية والإنجليزية والفرنسية على مدار الساعة.",
                              "يسمح بالنقل مع ذكر المصدر."])
    finish(page)
