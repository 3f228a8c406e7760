"""برقية السودان (Telegram mirror): a news post in a Sudanese channel as a t.me/s-style web
preview prints it: the channel's name and «18.4K subscribers», «Forwarded from …», the post
(its first line a headline set apart, then the text), hashtags, the channel's sign-off line
«تابعونا: @…», «👁 9.1K», «edited 10:32», «View in Telegram», «Download Telegram», other
posts' first lines with their view counts.
"""
from _common import bl, ch, finish

SITE = {"id": "burqiya", "name": "برقية السودان", "host": "tg-mirror.test", "first": "2025-12-14T08:00"}


def url(art):
    return f"https://{SITE['host']}/s/barqiya_sd/{art.slug}"


def render(art, ctx, page):
    d = art.date
    ch(page, "channel-name", "برقية السودان")
    ch(page, "subscribers", "18.4K subscribers")
    page.gap()
    ch(page, "forwarded", "Forwarded from مراسلو الولايات")
    page.title(art.title)
    page.gap()
    for kind, value in art.blocks:
        if kind == "para":
            page.para(value)
            page.gap()
    ch(page, "hashtags", "#السودان #كسلا #الأمطار")
    ch(page, "channel-signoff", "تابعونا: @barqiya_sd")
    ch(page, "views", "👁 9.1K")
    ch(page, "time-line", f"edited {d.hour:02d}:{d.minute:02d}")
    page.gap()
    ch(page, "app", "View in Telegram", "Download Telegram")
    page.gap()
    items = []
    for t in ctx.others(3):
        items += [t, "👁 7.3K"]
    bl(page, "related", items)
    finish(page)
