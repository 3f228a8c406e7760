"""أناقة الخليج: fashion news: a promo bar, an English menu, a caption above the kicker, a kicker,
the headline, «كتبت: …» with a relative date, short paragraphs (4–7 words), a quote on its own
line, an Instagram embed's lines, a shop-the-look card, newsletter, most-read, rights.
"""
from _common import bl, body_all, ch, finish
from generate import ago

SITE = {"id": "azyaa", "name": "أناقة الخليج", "host": "anaqat-alkhaleej.test", "first": "2025-12-12T13:00"}


def url(art):
    return f"https://{SITE['host']}/fashion/{art.slug}"


def render(art, ctx, page):
    ch(page, "promo-bar", "شحن مجاني للطلبات فوق 200 درهم")
    ch(page, "menu-english", "Fashion | Beauty | Celebrities | Weddings | Shop")
    page.gap()
    page.caption(art.meta["caption"])
    page.gap()
    ch(page, "kicker", "أسبوع الموضة")
    page.title(art.title)
    ch(page, "byline-date", f"كتبت: {art.meta['author']} - {ago(ctx.rng.randint(90, 600))}")
    page.gap()
    page.note("body-very-short-paragraphs")
    body_all(page, art, ctx)
    bl(page, "embed", ["View this post on Instagram", "A post shared by Dar Nour (@darnour)"])
    bl(page, "product-card", ["تسوقي الإطلالة", "عباءة مطرزة - 890 درهم", "أضيفي إلى السلة"])
    ch(page, "newsletter", "اشتركي في نشرتنا لتصلك أحدث صيحات الموضة كل أسبوع.")
    bl(page, "most-read", ["الأكثر قراءة"] + ctx.others(4))
    ch(page, "rights", "© 2025 أناقة الخليج")
    finish(page)
