#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curators' section describes:
front matter between leading '---' lines; in Markdown a heading is a '#' line;
in plain text a heading is a short line of its own that does not end like a
sentence; entries are '- Name: text' and '* **Name**: text' bullets and table
rows (first cell is the title; the row before a '---|' separator is a header).
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[-*]\s+([^:]{1,80}?)\s*:\s+(.*)$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta = {}
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#", 1)[0].strip()
        lines = lines[end + 1:]
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if SEPARATOR.match(line):
            continue
        if "|" in line:
            if SEPARATOR.match(nxt):
                continue  # header row
            titles.append(cells(line)[0])
            continue
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        elif len(line) <= 90 and not re.search(r"[.!:;,]$", line):
            sections.append(line)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")):
                rel = os.path.relpath(os.path.join(root, fn), BRIEF)
                docs[rel] = parse(os.path.join(root, fn))
    errors = []
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append("bad header: %r" % rows[0])
    ids, cats = set(), Counter()
    for n, row in enumerate(rows[1:], start=2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append("line %d: duplicate id %s" % (n, qid))
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        if aud not in ("public", "internal"):
            errors.append("line %d: audience %r" % (n, aud))
        if not q.strip():
            errors.append("line %d: empty question" % n)
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append("line %d: none row must be '- -'" % n)
            continue
        if match not in ("title", "section"):
            errors.append("line %d: match %r" % (n, match))
            continue
        if doc not in docs:
            errors.append("line %d: no document %s" % (n, doc))
            continue
        _, sections, titles = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool:
            errors.append("line %d: %s %r not in %s" % (n, match, exp, doc))
        if aud == "public" and doc in internal:
            errors.append("line %d: public row expects internal %s" % (n, doc))
    for d, (m, s, t) in sorted(docs.items()):
        print("%-36s %-8s sections=%d entries=%d" % (d, m.get("audience", "public"), len(s), len(t)))
    print("questions: %d" % (len(rows) - 1))
    for c, k in sorted(cats.items()):
        print("  %-5s %d" % (c, k))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
