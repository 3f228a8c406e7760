"""مدونة متجر دفء: an e-commerce store's blog post: an English free-shipping bar, the store
menu, the cart and account links, the headline, then the byline and date AFTER the headline,
the buying guide (subheadings, list) with PRODUCT CARDS between paragraphs (name, price,
«أضف إلى السلة»: not body), a discount-code line, «منتجات ذات صلة», newsletter, footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "matjar", "name": "متجر دفء", "host": "dif2-store.test", "first": "2025-12-12T08:00"}


def url(art):
    return f"https://{SITE['host']}/blogs/news/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "english-widget", "Free shipping on orders over 200 SAR")
    ch(page, "menu-one-line", "الأجهزة المنزلية | المطبخ | التدفئة | العروض | المدونة")
    ch(page, "account", "تسجيل الدخول | السلة (0)")
    page.gap()
    page.title(art.title)
    ch(page, "byline-date", f"بواسطة فريق متجر دفء | {d.day} {month(d)} {d.year}")
    page.gap()
    cards = iter([["دفاية زيت بـ 11 ريشة", "السعر: 249 ر.س", "أضف إلى السلة"],
                  ["دفاية سيراميك صغيرة", "السعر: 159 ر.س بدلاً من 199 ر.س", "أضف إلى السلة"]])

    def caption(p, value):
        bl(p, "product-card", next(cards))
    body_all(page, art, ctx, caption=caption)
    ch(page, "discount-code", "استخدم الكود DIF15 للحصول على خصم 15% على أجهزة التدفئة.")
    bl(page, "related-products", ["منتجات ذات صلة", "مروحة تدفئة 2000 واط", "بطانية كهربائية مزدوجة", "مرطب هواء بخاري"])
    ch(page, "newsletter", "اشترك في نشرتنا البريدية لتصلك العروض أولاً.")
    ch(page, "footer-one-line", "سياسة الاستبدال والاسترجاع | الشحن والتوصيل | تواصل معنا | © 2025 متجر دفء")
    finish(page)
