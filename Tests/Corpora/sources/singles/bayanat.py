"""Newsroom of a Saudi logistics company (English chrome on an Arabic release): «Newsroom |
About | Investors | Careers | العربية», «Press Releases / 2025», the headline, «14 December
2025», «Riyadh», a lead, the release with a quoted executive, «-انتهى-», «نبذة عن شركة …» with
its boilerplate paragraph, the forward-looking-statements disclaimer, «للتواصل الإعلامي» with a
name, e-mail and phone, «Download press kit (ZIP, 4.2 MB)», «Share on LinkedIn | X | Email»,
«Related releases», «Subscribe to press releases» sentence, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "bayanat", "name": "ممرات للخدمات اللوجستية", "host": "mamarrat-logistics.test", "first": "2025-12-14T08:00"}

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def url(art):
    return f"https://{SITE['host']}/ar/newsroom/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "menu-english", "Newsroom | About | Investors | Careers | العربية")
    ch(page, "breadcrumb", "Press Releases / 2025")
    page.gap()
    page.title(art.title)
    ch(page, "date-english", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")
    ch(page, "byline-place", "Riyadh")
    page.gap()
    page.para(art.get("lead"))
    page.note("lead")
    body_all(page, art, ctx)
    ch(page, "end-mark", "-انتهى-")
    bl(page, "about-blurb", ["نبذة عن شركة ممرات", "تأسست ممرات للخدمات اللوجستية عام 2009 وتدير شبكة من المستودعات ومراكز التوزيع في المملكة ودول الخليج، وهي مدرجة في السوق الرئيسية."])
    ch(page, "disclaimer", "قد يتضمن هذا البيان توقعات مستقبلية تخضع لمخاطر وعوامل قد تجعل النتائج الفعلية مختلفة عنها.")
    bl(page, "media-contact", ["للتواصل الإعلامي", "نورة السبيعي - إدارة الاتصال المؤسسي", "media@mamarrat-logistics.test", "+966 11 555 0192"])
    ch(page, "download", "Download press kit (ZIP, 4.2 MB)")
    ch(page, "share-english", "Share on LinkedIn | X | Email")
    bl(page, "related-english", ["Related releases"] + ctx.others(3))
    ch(page, "newsletter", "اشترك ليصلك كل بيان صحفي جديد من ممرات على بريدك الإلكتروني.")
    ch(page, "footer-english", "© 2025 Mamarrat Logistics. All rights reserved. | Privacy | Cookies")
    finish(page)
