"""Helpers shared by the singles-dev site modules (one page per fictional site).

Every chrome line is added through ch()/bl() with the chrome class it belongs to, so the
manifest's notes column lists the classes a page carries (e.g. `menu-lines,date-hijri,…`);
body traits (lists, subheadings, title printed twice…) are noted with page.note().
"""
from generate import hour12, month, weekday


def ch(page, cls, *lines):
    """Chrome lines of class cls, one under the other (no blank lines added)."""
    page.note(cls)
    for line in lines:
        page.add(line, "chrome", cls)  # the class rides along (the gold ignores it)


def bl(page, cls, lines, sep_blank=False):
    """A block of chrome lines of class cls, with a blank line before and after."""
    page.note(cls)
    page.gap()
    for i, line in enumerate(lines):
        if sep_blank and i:
            page.add("")
        page.add(line, "chrome", cls)
    page.gap()


def ampm(d, am="ص", pm="م"):
    """«03:12 م»: a 12-hour clock with the Arabic morning/evening letter."""
    h, after = hour12(d)
    return f"{h:02d}:{d.minute:02d} {pm if after else am}"


def long_date(d, style="msa", comma=True):
    """«الأحد، 14 ديسمبر 2025» (or without the comma)."""
    return f"{weekday(d)}{'،' if comma else ''} {d.day} {month(d, style)} {d.year}"


def body_all(page, art, ctx, **kw):
    """The article body via generate.body, noting the body traits the article has."""
    from generate import body
    kinds = {k for k, _ in art.blocks}
    if "heading" in kinds:
        page.note("body-subheadings")
    if "list" in kinds:
        page.note("body-list")
    paras = [v for k, v in art.blocks if k == "para"]
    if len(paras) <= 2:
        page.note("body-short")
    if len(paras) >= 12:
        page.note("body-long")
    if any(len(p) < 60 for p in paras):
        page.note("body-short-lines")
    if any(p.startswith("«") or p.startswith('"') for p in paras):
        page.note("body-quoted-line")
    body(page, art, ctx, **kw)


def finish(page):
    """Notes the gold-relevant traits the page's layout gave it (captions, a source line,
    the headline printed more than once, the headline not the first line of the article)."""
    roles = [role for text, role, _ in page.lines if text.strip()]
    if "caption" in roles:
        page.note("caption")
    if "credit" in roles:
        page.note("credit-line")
    if roles.count("title") > 1:
        page.note("title-twice")


def teasers(ctx, k):
    """k archive items written «headline || one-sentence summary» in the site's @headlines,
    as (headline, summary) pairs: teasers that are full sentences."""
    out = []
    for item in ctx.others(k):
        head, _, summary = item.partition(" || ")
        out.append((head.strip(), summary.strip()))
    return out


def body_with(page, art, ctx, spots, **kw):
    """body_all, with the article's [[read-also]] spots filled in order by spots: callables
    page -> None that print whatever the site puts inside its text there (an ad line, a share
    widget between two parts, a read-also line). Noted as body-split and the spot's own class
    (a read-also line inside the text as read-also-line-in-body)."""
    queue = list(spots)
    had = "read-also-in-body" in page.notes

    def fill(p):
        queue.pop(0)(p)
    page.note("body-split")
    body_all(page, art, ctx, readalso=fill, **kw)
    if not had and "read-also-in-body" in page.notes:
        page.notes.remove("read-also-in-body")
