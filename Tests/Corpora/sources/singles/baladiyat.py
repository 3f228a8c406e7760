"""بلدية الأحمدي: a municipality's public notice (Kuwait): government header, accessibility bar,
menu lines, «إعلان رقم …» (a notice number, chrome), the headline, Hijri and Gregorian date,
a body of numbered items, dates inside the text («اعتباراً من 1 يناير 2026»), the closing
«والله ولي التوفيق» and the signatory (a byline after the text), «طباعة | مشاركة», visitor
counter, footer with an address.
"""
from _common import bl, body_all, ch, finish
from generate import hijri_text, month

SITE = {"id": "baladiyat", "name": "بلدية الأحمدي", "host": "ahmadi-municipality.gov.test", "first": "2025-12-10T09:00"}


def url(art):
    return f"https://www.{SITE['host']}/ar/notices/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "دولة الكويت - بلدية الأحمدي")
    ch(page, "accessibility", "A+ A A- | تباين عالٍ | English")
    bl(page, "menu-lines", ["عن البلدية", "الخدمات الإلكترونية", "الإعلانات", "المركز الإعلامي", "تواصل معنا"])
    ch(page, "notice-number", "إعلان رقم ( 47 / 2025 )")
    page.title(art.title)
    ch(page, "date-hijri", f"{hijri_text(d)}هـ الموافق {d.day} {month(d)} {d.year}م")
    page.gap()
    page.note("body-date-in-text")
    body_all(page, art, ctx)
    ch(page, "signatory", "المدير العام لبلدية الأحمدي")
    page.gap()
    ch(page, "print-controls", "طباعة | مشاركة | حفظ PDF")
    ch(page, "counter-visitors", "عدد الزوار: 3,912")
    ch(page, "footer-address", "بلدية الأحمدي - شارع مكة - ص.ب 1200 - هاتف 1800100")
    finish(page)
