"""شاشة الغد: a TV channel's video page. English widget text («LIVE», «Watch now»), a menu
with «|», the player's lines («▶», «00:00 / 02:58»), the video's caption (one sentence)
under the player, the title AFTER it, «برامج | نشرة المساء» category line, a clock
time and date «14/12/2025 20:31», the transcript-like body (2 paragraphs), «فيديوهات ذات
صلة» with a duration, headline and one-sentence summary each, a «حمّل تطبيق…» sentence,
a notification prompt, footer.
"""
from _common import bl, body_all, ch, finish, teasers

SITE = {"id": "shasha", "name": "شاشة الغد", "host": "shashat-alghad.test", "first": "2025-12-14T18:00"}


def url(art):
    return f"https://{SITE['host']}/videos/{art.slug}-30412"


def render(art, ctx, page):
    ch(page, "english-widget", "LIVE   Watch now")
    ch(page, "menu-one-line", "الرئيسية | أخبار | برامج | وثائقيات | البث المباشر | جدول البرامج")
    page.gap()
    ch(page, "video-player", "▶", "00:00 / 02:58")
    page.caption(art.get("caption"))
    page.note("video-caption")
    page.gap()
    page.title(art.title)
    page.note("title-after-caption")
    ch(page, "category", "برامج | نشرة المساء")
    d = art.date
    ch(page, "date-numeric", f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}")
    page.gap()
    body_all(page, art, ctx)
    lines = ["فيديوهات ذات صلة"]
    for (head, summary), dur in zip(teasers(ctx, 3), ("01:52", "12:40", "03:05")):
        lines += [head, summary, dur]
    page.note("video-teasers")
    bl(page, "related", lines)
    bl(page, "app", ["حمّل تطبيق شاشة الغد وشاهد البث المباشر والبرامج كاملة دون إعلانات."])
    bl(page, "notification", ["فعّل الإشعارات ليصلك كل جديد", "تفعيل", "ليس الآن"])
    ch(page, "rights", "جميع الحقوق محفوظة لقناة شاشة الغد 2025 ©")
    finish(page)
