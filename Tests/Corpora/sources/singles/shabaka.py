"""منتديات الشبكة التقنية: a vBulletin-style forum thread. «title - منتديات …» on top, a
welcome notice written as a sentence, «العودة  <forum> > <section>», «إضافة رد», «أدوات
الموضوع», post number «#1» and «قديم 11-12-2025, 09:14 PM», the member block (name, rank,
«تاريخ التسجيل: Mar 2019», «المشاركات: 1,204», online status), the title glued after
«افتراضي», the first post (body), «التعديل الأخير تم بواسطة …», a signature sentence, a reply
that quotes a line of the first post under «اقتباس:» / «المشاركة الأصلية كتبت بواسطة …»,
thanks line, «مواضيع مشابهة» with columns, forum rules.
"""
from _common import bl, body_all, ch, finish

SITE = {"id": "shabaka", "name": "منتديات الشبكة التقنية", "host": "www.shabaka-tech.test", "first": "2025-11-12T20:00"}


def url(art):
    return f"https://{SITE['host']}/vb/showthread.php?t=88412"


def stamp(d):
    h = d.hour % 12 or 12
    return f"{d.month:02d}-{d.day:02d}-{d.year}, {h:02d}:{d.minute:02d} {'PM' if d.hour >= 12 else 'AM'}"


def render(art, ctx, page):
    ch(page, "title-suffix-line", f"{art.title} - منتديات الشبكة التقنية")
    page.gap()
    bl(page, "forum-notice", ["أهلاً وسهلاً بك زائرنا الكريم، إذا كانت هذه زيارتك الأولى للمنتدى فيرجى التكرم بزيارة صفحة التعليمات، وإذا رغبت في المشاركة فعليك التسجيل أولاً."])
    ch(page, "breadcrumb", "العودة   منتديات الشبكة التقنية > قسم الحاسوب > الشبكات المنزلية")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "forum-buttons", "إضافة رد", "أدوات الموضوع   انواع عرض الموضوع")
    page.gap()
    ch(page, "post-number", "#1  ")
    ch(page, "date-forum", f"قديم {stamp(art.date)}")
    bl(page, "member-info", [art.get("author"), ":: عضو مميز ::", "تاريخ التسجيل: Mar 2019", "الدولة: الأردن", "المشاركات: 1,204", f"{art.get('author')} غير متواجد حالياً"])
    ch(page, "title-glued-label", f"افتراضي {art.title}")
    page.gap()
    body_all(page, art, ctx)
    ch(page, "edited-by", f"التعديل الأخير تم بواسطة {art.get('author')} ; {stamp(art.date)[:10]} الساعة 10:02 PM")
    bl(page, "signature", ["__________________", "ما ضاع علم شاركته مع غيرك، وكل سؤال تطرحه اليوم يوفر على غيرك ساعات من البحث غداً."])
    quoted = [v for k, v in art.blocks if k == "para"][2]
    page.note("reply-quotes-body")
    bl(page, "readers-comments", ["#2  ", f"قديم {stamp(art.date.replace(hour=23))}", "سامر الحلبي", ":: عضو جديد ::", "تاريخ التسجيل: Oct 2025", "المشاركات: 17",
                                   "افتراضي", "اقتباس:", f"المشاركة الأصلية كتبت بواسطة {art.get('author')}", quoted,
                                   "جربت هذه الخطوة عندي فاختفى الانقطاع تماماً، شكراً جزيلاً على الشرح الوافي.", "رد مع اقتباس"])
    bl(page, "thanks-line", [f"الأعضاء الذين شكروا {art.get('author')} على المشاركة: سامر الحلبي، نور_88، أبو خالد"])
    bl(page, "related", ["مواضيع مشابهة", "الموضوع   كاتب الموضوع   المنتدى   مشاركات   آخر مشاركة"] + ctx.others(3))
    bl(page, "forum-permissions", ["قوانين المشاركة", "لا تستطيع إضافة مواضيع جديدة", "لا تستطيع الرد على المواضيع", "كود HTML معطلة"])
    ch(page, "footer-one-line", "الساعة الآن 12:41 AM")
    ch(page, "rights", "Powered by vBulletin® Copyright ©2000 - 2025")
    finish(page)
