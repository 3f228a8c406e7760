"""موجات: a podcast episode page (show notes): English player and platform lines («Listen on
Spotify | Apple Podcasts | Anghami», «Play», «1x»), an episode-number OVERLINE, the
headline, the date and duration, the guest line (not body), the show notes (body), the
chapter list with timestamps (not body), «روابط ذُكرت في الحلقة» links (not body),
previous/next episode, a subscribe pitch, the footer.
"""
from _common import bl, body_all, ch, finish
from generate import month

SITE = {"id": "mawjat", "name": "موجات", "host": "mawjat-podcast.test", "first": "2025-12-11T08:00"}


def url(art):
    return f"https://{SITE['host']}/episodes/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "site-header", "موجات | بودكاست عن المدن والناس")
    ch(page, "menu-one-line", "الحلقات · عن البودكاست · اقترح ضيفاً · ادعمنا")
    page.gap()
    ch(page, "kicker", "الحلقة 47")
    page.title(art.title)
    ch(page, "date-duration", f"{d.day} {month(d)} {d.year} · 58:12")
    page.gap()
    bl(page, "player", ["▶ Play", "00:00 / 58:12", "1x"])
    ch(page, "platforms", "Listen on: Spotify | Apple Podcasts | Anghami | YouTube")
    page.gap()
    ch(page, "guest", "ضيف الحلقة: د. ليلى الشامي، باحثة في التخطيط الحضري")
    page.gap()
    body_all(page, art, ctx)
    bl(page, "chapters", ["محاور الحلقة:", "00:00 مقدمة", "04:12 كيف تُقاس حرارة الأحياء؟", "19:40 الأشجار أم الظل الصناعي؟",
                          "37:05 تجارب مدن عربية", "51:30 ماذا يستطيع السكان أن يفعلوا؟"])
    bl(page, "links", ["روابط ذُكرت في الحلقة:", "تقرير الجزر الحرارية في المدن العربية (PDF)", "خريطة الظل التفاعلية"])
    ch(page, "prev-next", "← الحلقة السابقة | الحلقة التالية →")
    ch(page, "subscribe-pitch", "اشترك في موجات على منصتك المفضلة حتى لا تفوتك حلقة، وشاركنا رأيك عبر البريد.")
    ch(page, "footer-one-line", "© 2025 Mawjat Podcast")
    finish(page)
