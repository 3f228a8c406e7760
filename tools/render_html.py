#!/usr/bin/env python3
"""Render text dumps as HTML pages, to test that HTML input cleans like the text dumps.

usage: render_html.py EXPLAIN_DIR TEXT_DIR OUT_DIR

For each TEXT_DIR/<stem>.txt, reads the decisions of EXPLAIN_DIR/<stem>.explain (made with
`tanqiya clean TEXT_DIR --explain EXPLAIN_DIR/`) and writes two renderings:

- OUT_DIR/<stem>.semantic.html: the lines marked up as such a site plausibly would: menus and
  story tags as <nav><ul><li><a>, the title as <h1>, captions in <figure><figcaption>, related and
  trending lists in <aside>/<section>, the footer in <footer>, each article in <article>;
- OUT_DIR/<stem>.plain.html: the plainest rendering: every line a <p>, bullet lines ("• tag")
  as <li><a> links inside a <nav>.

Bullets are not text in HTML (CSS draws them), so "• " is dropped; indentation is lost.
"""
import html, os, sys

def rows(path):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("line\t"):
            continue
        cols = line.rstrip("\n").split("\t", 5)
        if len(cols) == 6:
            out.append(dict(line=int(cols[0]), article=int(cols[1]), label=cols[2], rule=cols[3], text=cols[5]))
    return out

def esc(s):
    return html.escape(s.strip(), quote=False)

def is_bullet(text):
    return text.strip().startswith("•")

def unbullet(text):
    t = text.strip()
    return t[1:].strip() if t.startswith("•") else t

def page(body, title, lang="ar"):
    # Sites put the headline in <title> with their name after a separator.
    return ('<!DOCTYPE html>\n<html lang="%s" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>%s | الموقع</title>\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, esc(title), body))

def plain(lines, title):
    out, in_nav = [], False
    for text in lines:
        if not text.strip():
            continue
        if is_bullet(text):
            if not in_nav:
                out.append('<nav><ul>'); in_nav = True
            out.append('<li><a href="#">%s</a></li>' % esc(unbullet(text)))
            continue
        if in_nav:
            out.append('</ul></nav>'); in_nav = False
        out.append('<p>%s</p>' % esc(text))
    if in_nav:
        out.append('</ul></nav>')
    return page("\n".join(out), title)

# What each label becomes, as a kind of container; consecutive lines of one kind share it.
def semantic(decisions, title):
    out, open_kind, open_article = [], None, 0
    def close():
        nonlocal open_kind
        ends = {"nav": "</ul></nav></header>", "related": "</aside>", "comments": "</ul></section>",
                "footer": "</footer>", "figure": "</figure>"}
        if open_kind in ends:
            out.append(ends[open_kind])
        open_kind = None
    def want(kind, opening):
        nonlocal open_kind
        if open_kind != kind:
            close()
            out.append(opening)
            open_kind = kind
    for d in decisions:
        label, text = d["label"], d["text"]
        if label == "blank" or not text.strip():
            continue
        if d["article"] != open_article:
            close()
            if open_article:
                out.append("</article>")
            if d["article"]:
                out.append('<article class="story">')
            open_article = d["article"]
        if label == "navigation" and d["article"] == 0 or label == "navigation" and is_bullet(text) or \
           label == "navigation" and d["rule"].endswith(("story-tag-repeat", "header-menu", "story-count", "header-other")):
            want("nav", '<header class="site-header"><nav class="menu"><ul>')
            out.append('<li><a href="#">%s</a></li>' % esc(unbullet(text)))
        elif label == "navigation":
            close(); out.append('<div class="meta"><span class="read-time">%s</span></div>' % esc(text))
        elif label == "section":
            close(); out.append('<div class="category"><a href="#">%s</a></div>' % esc(text))
        elif label == "title" and d["rule"].endswith("title-repeat"):
            close(); out.append('<div class="article-head"><h2 class="headline">%s</h2></div>' % esc(text))
        elif label == "title":
            close(); out.append('<h1 class="title">%s</h1>' % esc(text))
        elif label == "lead":
            close(); out.append('<p class="lead">%s</p>' % esc(text))
        elif label == "caption":
            want("figure", '<figure class="image"><img src="photo.jpg" alt="">')
            out.append('<figcaption>%s</figcaption>' % esc(text))
        elif label == "marker":
            close(); out.append('<div class="font-size"><span>%s</span></div>' % esc(text))
        elif label == "timestamp":
            close(); out.append('<div class="date"><time>%s</time></div>' % esc(text))
        elif label == "widget":
            close(); out.append('<div class="widget recommended"><span>%s</span></div>' % esc(text))
        elif label == "credit":
            close(); out.append('<p class="source">%s</p>' % esc(text))
        elif label == "related":
            want("related", '<aside class="related">')
            out.append('<div class="related-item"><a href="#">%s</a></div>' % esc(text))
        elif label == "comments":
            want("comments", '<section class="comments trending"><ul>')
            out.append('<li><a href="#">%s</a></li>' % esc(text))
        elif label == "footer":
            want("footer", '<footer class="site-footer">')
            out.append('<p>%s</p>' % esc(text))
        else:
            close(); out.append('<p>%s</p>' % esc(text))
    close()
    if open_article:
        out.append("</article>")
    return page("\n".join(out), title)

def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    explain_dir, text_dir, out_dir = argv
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(text_dir)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        lines = open(os.path.join(text_dir, name), encoding="utf-8").read().split("\n")
        decisions = rows(os.path.join(explain_dir, stem + ".explain"))
        title = next((d["text"] for d in decisions if d["label"] == "title"), "")
        open(os.path.join(out_dir, stem + ".plain.html"), "w", encoding="utf-8").write(plain(lines, title))
        open(os.path.join(out_dir, stem + ".semantic.html"), "w", encoding="utf-8").write(semantic(decisions, title))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
