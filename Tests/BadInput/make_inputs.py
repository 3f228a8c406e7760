#!/usr/bin/env python3
"""Regenerates Tests/BadInput/inputs/ from the seeds and fixture pages (run from the repository
root). The big inputs (a 50 MB line, a 100,000-line page…) are not here: BadInputTests makes
them in a temporary directory at test time."""
import gzip, json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests/BadInput/inputs")


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def iconv(data, to):
    # The brief's tool: iconv, as a dump converted elsewhere would be.
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", to], input=data, check=True, capture_output=True).stdout


os.makedirs(OUT, exist_ok=True)
seed0 = read("seeds/001_b27789dbdc846505.txt")
seed2 = read("seeds/002_18c7ff00dace30bd.txt")
seed3 = read("seeds/003_df18ae01772020e4.txt")
seed4 = read("seeds/004_3a581862a520e7b6.txt")
rt1 = read("Tests/Fixtures/pages/rt-01-short-lead-one-word-caption.txt")
trt1 = read("Tests/Fixtures/pages/trt-01-economy-five-minutes-days-ago.txt")
trt2 = read("Tests/Fixtures/pages/trt-02-sport-an-hour-ago.txt")
asharq1 = read("Tests/Fixtures/pages/asharq-01-one-article-related-at-end.txt")
asharq2 = read("Tests/Fixtures/pages/asharq-02-two-articles-first-without-image.txt")
rt2 = read("Tests/Fixtures/pages/rt-02-agencies-credit-read-more-line.txt")
trt3 = read("Tests/Fixtures/pages/trt-03-culture-hours-ago.txt")

# Encodings: each cleans to the same articles as its UTF-8 original.
write("windows-1256.txt", iconv(seed0, "WINDOWS-1256"))
write("iso-8859-6.txt", iconv(seed3, "ISO-8859-6"))
write("utf16le-bom.txt", b"\xff\xfe" + seed4.decode("utf-8").encode("utf-16-le"))
write("utf16be-bom.txt", b"\xfe\xff" + seed2.decode("utf-8").encode("utf-16-be"))
write("utf8-bom-crlf.txt", b"\xef\xbb\xbf" + rt1.replace(b"\n", b"\r\n"))
write("cr-line-ends.txt", trt2.replace(b"\n", b"\r"))
write("no-final-newline.txt", asharq1.rstrip(b"\n"))
# Invalid UTF-8 that is no legacy code page: three bytes replaced with U+FFFD, counted.
lines = trt1.split(b"\n")
lines[3] = lines[3] + b" \xff\xfe"
lines[6] = b"\xc3" + lines[6]
write("invalid-utf8.txt", b"\n".join(lines))

# A gzipped text dump (named .txt: its bytes say gzip): read as its text.
write("gzip.txt", gzip.compress(read("seeds/000_dfce995c2dbc26b4.txt"), mtime=0))

# Inputs that hold no article.
write("empty.txt", b"")
write("blank-lines.txt", b"\n  \n\t\n\r\n")
write("no-article.txt", b"\n".join(seed0.split(b"\n")[:12]) + b"\n")  # RT page chrome only
write("zz-duplicate.txt", rt1)  # the same page as utf8-bom-crlf.txt: every article a duplicate

# Not text: skipped, with the reason.
write("nul-bytes.txt", b"\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86\n\x00\x00\x00\x01binary\x00\n")
write("control-codes.txt", bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 27)) * 8 + b"\n")
write("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(8, 120)))
write("utf16le-no-bom.txt", seed4.decode("utf-8").encode("utf-16-le"))  # read with --encoding utf-16le

# JSONL: good records (one in Windows-1256, one with broken bytes, a BOM, a CRLF line end),
# a blank line, and records that are skipped with their line number. Every page of this folder
# is a different one, but zz-duplicate.txt.
rec = lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8")
broken = rec({"id": "broken-bytes", "text": asharq2.decode("utf-8")})
broken = broken[:300] + b"\xff" + broken[300:]
records = [
    b"\xef\xbb\xbf" + rec({"id": "good", "url": "https://www.trtarabi.com/x", "text": trt3.decode("utf-8")}),
    b"",
    b"{not json",
    rec({"id": "no-text", "url": "https://arabic.rt.com/x"}),
    rec({"id": "nul", "text": "عنوان\u0000\u0001\u0002"}),
    json.dumps({"id": "legacy", "text": rt2.decode("utf-8")}, ensure_ascii=False).encode("cp1256"),
    broken + b"\r",
    b'["an", "array"]',
]
write("records.jsonl", b"\n".join(records) + b"\n")
write("garbage.jsonl", b"\x01\x02\x03 not json\n{\"id\": 1}\n\xff\xfe\n")
