"""نُزل (a hotel-booking site, one hotel's page in Aqaba): «العملة: JOD | العربية | تسجيل الدخول»,
the search box, a breadcrumb, the hotel's name (the headline), «★★★★ فندق»,
the address line with «عرض على الخريطة», the review score «8.7 رائع · 1,240 تقييم», «احجز الآن»,
photo counter «+24 صورة», the description (paragraphs), «المرافق الأكثر طلباً» with icons' words on
one line, check-in/out lines, «آراء الضيوف» with two reviews, «فنادق مشابهة» with prices,
«أفضل سعر مضمون» pitch, footer.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "funduq", "name": "نُزل", "host": "nuzul-booking.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/hotel/jo/{art.slug}"


def render(art, ctx, page):
    ch(page, "login", "العملة: JOD | العربية | تسجيل الدخول")
    bl(page, "booking-widget", ["الوجهة أو اسم الفندق", "الوصول - المغادرة", "2 بالغين · 0 أطفال · 1 غرفة", "بحث"])
    ch(page, "breadcrumb", "الرئيسية > الأردن > العقبة > فنادق العقبة")
    page.gap()
    page.title(art.title)
    ch(page, "stars", "★★★★ فندق")
    ch(page, "map-link", "شارع الكورنيش، العقبة 77110 - عرض على الخريطة")
    ch(page, "rating", "8.7 رائع · 1,240 تقييم")
    ch(page, "cta", "احجز الآن")
    ch(page, "gallery-counter", "+24 صورة")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "amenities", ["المرافق الأكثر طلباً", "مسبح خارجي · واي فاي مجاني · موقف سيارات · مطعم · شاطئ خاص"])
    bl(page, "fact-box", ["تسجيل الوصول: من 15:00", "تسجيل المغادرة: حتى 12:00"])
    bl(page, "readers-comments", ["آراء الضيوف", "لينا - الأردن · 9.0", "الموقع ممتاز والغرف نظيفة والفطور متنوع.",
                                  "Omar - Egypt · 8.0", "الخدمة جيدة لكن المسبح مزدحم في عطلة نهاية الأسبوع."])
    lines = ["فنادق مشابهة"]
    for i, t in enumerate(ctx.others(3)):
        lines += [t, f"من {70 + 15 * i} د.أ لليلة"]
    bl(page, "listings", lines)
    ch(page, "cta", "أفضل سعر مضمون: إذا وجدت سعراً أقل نعيد لك الفرق.")
    ch(page, "footer-one-line", "عن نُزل | الشركاء | الدعم | الخصوصية © 2025")
    finish(page)
