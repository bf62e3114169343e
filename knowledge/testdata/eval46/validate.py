#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curators' section describes
(no bot code is used):
  * optional front matter between '---' lines at the top; `audience: internal`
    marks an internal document;
  * Markdown (.md/.markdown): a '#' line is a heading;
  * plain text (.txt): a short line of its own that does not end like a
    sentence (and is not a bullet or a table row) is a heading;
  * entries: bullets `- Name: text` / `* **Name**: text`, and table rows
    (first cell is the title; the header row and the '---' row are not entries).
Checks: the header, six columns, unique ids, known audience/match values,
that every expected title/section exists in the named document, that none
rows are `- -`, that no public row expects the internal document.
Prints counts per category (the id's letter prefix) and OK.
Usage: python3 validate.py [questions.tsv] [briefings_dir]
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.tsv")
BDIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "briefings")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?)\s*:\s+(.*)$")
SEP_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def norm(s):
    return " ".join(s.replace("\u2019", "'").split()).casefold()


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for m in lines[1:i]:
                    if ":" in m:
                        k, v = m.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip()
                lines = lines[i + 1:]
                break
    markdown = path.endswith((".md", ".markdown"))
    headings, titles = [], []
    for idx, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
        if "|" in line:
            if SEP_ROW.match(line):
                continue
            if SEP_ROW.match(nxt):  # header row
                continue
            c = cells(line)
            if c and c[0]:
                titles.append(c[0])
            continue
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if markdown:
            if line.startswith("#"):
                headings.append(line.lstrip("#").strip())
        else:
            if len(line) <= 100 and not re.search(r"[.,;:!]$", line) \
                    and not line.startswith(("-", "*")):
                headings.append(line)
            elif line.endswith("?") and len(line) <= 60:
                headings.append(line)
    return meta, headings, titles


def main():
    errors = []
    docs = {}
    for root, dirs, files in os.walk(BDIR):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, fn), BDIR)
                docs[rel] = parse(os.path.join(root, fn))
    internal = {d for d, (meta, _, _) in docs.items()
                if meta.get("audience", "").strip("'\"") == "internal"}

    with open(QFILE, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append("bad header: %r" % rows[0])
    ids = set()
    cats = OrderedDict()
    for n, line in enumerate(rows[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 6:
            errors.append("line %d: %d columns" % (n, len(parts)))
            continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids:
            errors.append("line %d: duplicate id %s" % (n, qid))
        ids.add(qid)
        cat = re.match(r"[A-Za-z]+", qid).group(0) if re.match(r"[A-Za-z]+", qid) else "?"
        cats[cat] = cats.get(cat, 0) + 1
        if aud not in ("public", "internal"):
            errors.append("line %d: audience %r" % (n, aud))
        if match not in ("title", "section", "none"):
            errors.append("line %d: match %r" % (n, match))
        if not q.strip():
            errors.append("line %d: empty question" % n)
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append("line %d: none row must be '- -'" % n)
            continue
        if doc not in docs:
            errors.append("line %d: unknown document %r" % (n, doc))
            continue
        if aud == "public" and doc in internal:
            errors.append("line %d: public row expects internal document %s" % (n, doc))
        meta, headings, titles = docs[doc]
        pool = headings if match == "section" else titles
        if norm(exp) not in {norm(x) for x in pool}:
            errors.append("line %d: %s %r not found in %s" % (n, match, exp, doc))

    print("documents: %d (internal: %s)" % (len(docs), ", ".join(sorted(internal)) or "none"))
    for d in sorted(docs):
        meta, h, t = docs[d]
        print("  %-40s sections %2d  entries %2d" % (d, len(h), len(t)))
    print("questions: %d" % (len(rows) - 1))
    for c, k in cats.items():
        print("  %-6s %3d" % (c, k))
    aud = Counter(l.split("\t")[1] for l in rows[1:])
    print("  audience: %s" % dict(aud))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
