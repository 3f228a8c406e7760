#!/usr/bin/env python3
"""Checks the DOM Chromium rendered from the HTML reports (tools/browser_test.sh).

explain: the #label-counts table, filled by the page's script, holds for every label as many
lines (kept, dropped) as the explain trace has; every trace row is a line row.
check: the #rule-summary table names the deleted caption rule with fewer lines; changed rows
are marked; the script filled the filters.
"""
import collections, re, sys
from html.parser import HTMLParser

class Rows(HTMLParser):
    """Collects table rows of a table id: the text of each cell."""
    def __init__(self, table_id):
        super().__init__()
        self.table_id, self.depth, self.rows, self.row, self.cell = table_id, 0, [], None, None
        self.line_rows = collections.Counter()
        self.changed = 0
        self.options = collections.Counter()
        self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id") == self.table_id:
            self.depth = 1
        elif tag == "table" and self.depth:
            self.depth += 1
        if tag == "tr" and "line" in (a.get("class") or "").split():
            self.line_rows[(a.get("data-label"), a.get("data-action"))] += 1
            if "changed" in a.get("class").split():
                self.changed += 1
        if tag == "select":
            self.select = a.get("id")
        if tag == "option" and self.select:
            self.options[self.select] += 1
        if self.depth and tag == "tr":
            self.row = []
        if self.depth and tag == "td" and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if self.depth and tag == "td" and self.row is not None and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        if self.depth and tag == "tr" and self.row:
            self.rows.append(self.row)
            self.row = None
        if tag == "table" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

def fail(message):
    print("browser test: " + message)
    sys.exit(1)

def main(out):
    # The trace: label and action per line.
    expected = collections.Counter()
    for row in open(f"{out}/explain.tsv", encoding="utf-8"):
        if row.startswith("#") or row.startswith("line\t"):
            continue
        cols = row.rstrip("\n").split("\t")
        if len(cols) >= 5:
            expected[(cols[2], "keep" if cols[4] == "keep" else "drop")] += 1
    dom = Rows("label-counts")
    dom.feed(open(f"{out}/explain.dom.html", encoding="utf-8").read())
    if dom.line_rows != expected:
        fail(f"explain: line rows {dict(dom.line_rows)} differ from the trace {dict(expected)}")
    rendered = {r[0]: (int(r[1]), int(r[2]), int(r[3])) for r in dom.rows}
    labels = {label for label, _ in expected}
    for label in labels:
        want = (expected[(label, "keep")] + expected[(label, "drop")], expected[(label, "keep")], expected[(label, "drop")])
        if rendered.get(label) != want:
            fail(f"explain: #label-counts says {label} {rendered.get(label)}, the trace {want}")
    if set(rendered) != labels:
        fail(f"explain: #label-counts labels {sorted(rendered)} != {sorted(labels)}")
    if dom.options["f-label"] != len(labels) + 1 or dom.options["f-rule"] < 10:
        fail(f"explain: filters not filled by the script: {dict(dom.options)}")

    check = Rows("rule-summary")
    check.feed(open(f"{out}/check.dom.html", encoding="utf-8").read())
    summary = {r[0]: r for r in check.rows}
    row = summary.get("asharq.caption-twice")
    if not row or int(row[3]) >= 0:
        fail(f"check: the rule summary does not show asharq.caption-twice firing on fewer lines: {check.rows}")
    if check.changed == 0:
        fail("check: no changed line rows")
    print(f"browser test: explain {sum(expected.values())} lines in {len(labels)} labels rendered; "
          f"check summary: {row[5]}; {check.changed} changed rows; screenshots {out}/explain.png, {out}/check.png")

if __name__ == "__main__":
    main(sys.argv[1])
