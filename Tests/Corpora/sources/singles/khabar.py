"""خبر في دقيقة: an edge case: a one-paragraph news brief under heavy chrome. A browser
notice sentence, app banner, login, a long one-per-line menu, ticker «عاجل», the title
with «عاجل |» printed before it on the same line (chrome) and the title alone, «منذ 12
دقيقة», one paragraph, «التفاصيل بعد قليل...», «هذا الخبر قيد التحديث» sentence, share,
«الأكثر قراءة» with summaries, «آخر الأخبار» with times, newsletter, cookie, a long footer.
"""
from _common import bl, ch, finish, teasers

SITE = {"id": "khabar", "name": "خبر في دقيقة", "host": "khabar-fi-daqiqa.test", "first": "2025-12-14T12:00"}


def url(art):
    return f"https://{SITE['host']}/breaking/{art.slug}"


def render(art, ctx, page):
    bl(page, "browser-notice", ["أنت تستخدم متصفحاً قديماً، ننصحك بتحديثه للحصول على أفضل تجربة تصفح."])
    bl(page, "app", ["افتح في التطبيق", "خبر في دقيقة أسرع على تطبيقنا"])
    ch(page, "login", "دخول / تسجيل")
    page.gap()
    bl(page, "menu-lines", ["الرئيسية", "عاجل", "محلي", "عربي", "دولي", "اقتصاد", "رياضة", "تكنولوجيا", "صحة", "منوعات", "فيديو", "إنفوغراف"])
    ch(page, "ticker", "عاجل | " + " ... ".join(h for h, _ in teasers(ctx, 2)))
    page.gap()
    ch(page, "label-breaking", f"عاجل | {art.title}")
    page.gap()
    page.title(art.title)
    page.gap()
    ch(page, "date-relative", "منذ 12 دقيقة")
    page.gap()
    page.para([v for k, v in art.blocks if k == "para"][0])
    page.note("body-short")
    page.gap()
    ch(page, "to-follow", "التفاصيل بعد قليل...")
    page.gap()
    bl(page, "update-notice", ["هذا الخبر قيد التحديث، تابعونا لمعرفة آخر المستجدات."])
    ch(page, "share", "شارك: واتساب - فيسبوك - تويتر - نسخ الرابط")
    page.gap()
    lines = ["الأكثر قراءة"]
    for head, summary in teasers(ctx, 3):
        lines += [head, summary]
    page.note("most-read-summaries")
    bl(page, "most-read", lines)
    bl(page, "latest", ["آخر الأخبار", "11:58 ارتفاع أسعار الذهب في التعاملات الصباحية", "11:40 افتتاح مركز صحي جديد في الضاحية الغربية", "11:12 انطلاق بطولة الشباب لكرة السلة"])
    bl(page, "newsletter", ["لا تفوت أي خبر: سجل بريدك الإلكتروني لتصلك أهم العناوين كل صباح."])
    bl(page, "cookie-banner", ["يستخدم هذا الموقع ملفات تعريف الارتباط. استمرارك في التصفح يعني موافقتك على ذلك.", "موافق"])
    bl(page, "footer", ["عن خبر في دقيقة", "خبر في دقيقة موقع إخباري يقدم الأخبار العاجلة بإيجاز ودقة على مدار الساعة.", "فريق العمل", "اعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "© 2025 خبر في دقيقة"])
    finish(page)
