#!/usr/bin/env python3
"""Writes a libFuzzer dictionary (make fuzz): the rule files' exact and prefix strings, the
literal parts of their patterns, and the markup and byte sequences the readers look for, so the
fuzzer reaches the rule paths without guessing Arabic words byte by byte.
Usage: make_fuzz_dict.py RULES_DIR OUT_FILE"""
import glob, re, sys

rules, out = sys.argv[1], sys.argv[2]
tokens = set()
for path in sorted(glob.glob(rules + "/*.yaml")):
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r'(?:exact|prefix): *("(?:[^"\\]|\\.)*"|\[[^\]]*\])', text):
        value = m.group(1)
        tokens.update(re.findall(r'"((?:[^"\\]|\\.)*)"', value) if value.startswith("[") else [value[1:-1]])
    for m in re.finditer(r"pattern: *'([^']*)'", text):
        tokens.update(t for t in re.split(r"[\\^$()\[\]{}|?*+.]+", m.group(1)) if len(t.encode()) >= 2)
    for m in re.finditer(r"hosts: *\[([^\]]*)\]", text):
        tokens.update("https://" + h.strip() + "/" for h in m.group(1).split(","))
tokens.update(["<html>", "<p>", "</p>", "<h1>", "<article>", "<nav>", "<footer>", '<meta charset="windows-1256">',
               "<script>", "<!--", "-->", "&amp;", "&#1575;", '{"text":"', '{"html":"', '"id":', '"url":',
               "\\u0627", "\r\n", "\u00a0", "\u200f", "\u0640", "\ufeff"])


def escape(token):
    """libFuzzer's dictionary syntax: printable ASCII as it is, backslash and quote escaped,
    hex escapes for any other byte (the parser rejects raw UTF-8)."""
    out = b""
    for b in token.encode("utf-8"):
        if b in (0x5C, 0x22):
            out += b"\\" + bytes([b])
        elif b < 0x20 or b >= 0x7F:  # libFuzzer takes printable ASCII only
            out += b"\\x%02X" % b
        else:
            out += bytes([b])
    return out


with open(out, "wb") as f:
    for t in sorted(t for t in tokens if t):
        f.write(b'kw="' + escape(t) + b'"\n')
print(f"{out}: {len(tokens)} tokens")
