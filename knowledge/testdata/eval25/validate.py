#!/usr/bin/env python3
"""Structural check of the eval25 question set against its briefings.

Parses the briefings the simple way briefbot's README describes:
front matter between '---' lines; Markdown headings are '#' lines; in
plain text a heading is a short line of its own that does not end like a
sentence; entries are bullets ('- Name: text', '* **Name**: text') and
table rows (first cell = title; the header row and the '---|' separator
are not entries). Then checks questions.tsv.
Usage: python3 validate.py [questions.tsv] [briefings-dir]
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.tsv")
BDIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "briefings")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
CATEGORIES = ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]

BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
BOLD_NAME = re.compile(r"^\*\*(.+?)\*\*\s*:\s*(.*)$")
PLAIN_NAME = re.compile(r"^([^:]{1,80}?):\s+(.*)$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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
    i = 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"^(\w+)\s*:\s*(.*?)\s*(#.*)?$", lines[j])
            if m:
                meta[m.group(1)] = m.group(2).strip().strip('"')
            j += 1
        i = j + 1
    md = path.endswith((".md", ".markdown"))
    sections, titles, problems = [], [], []
    prev_table = None  # column count of the table being read
    for n in range(i, len(lines)):
        raw = lines[n]
        line = raw.strip()
        if not line:
            prev_table = None
            continue
        b = BULLET.match(raw)
        if b and not SEPARATOR.match(line):
            body = b.group(1).strip()
            m = BOLD_NAME.match(body) or PLAIN_NAME.match(body)
            if m:
                titles.append(m.group(1).strip())
            prev_table = None
            continue
        if "|" in line:
            if SEPARATOR.match(line):
                # the row before was the header: not an entry
                if titles and titles[-1] == "__header__":
                    pass
                hdr = cells(lines[n - 1])
                if titles and titles[-1] == hdr[0]:
                    titles.pop()
                prev_table = len(hdr)
                continue
            row = cells(line)
            if prev_table is not None and len(row) != prev_table:
                problems.append("%s:%d: %d cells, header has %d" % (os.path.basename(path), n + 1, len(row), prev_table))
            titles.append(row[0])
            continue
        prev_table = None
        if md:
            h = re.match(r"^#{1,6}\s+(.*?)\s*#*$", line)
            if h:
                sections.append(h.group(1))
        else:
            if len(line) <= 80 and not re.search(r"[.!?:;,]$", line):
                sections.append(line)
    return meta, sections, titles, problems


def main():
    docs = OrderedDict()
    for root, dirs, files in os.walk(BDIR):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fn in sorted(files):
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                p = os.path.join(root, fn)
                docs[os.path.relpath(p, BDIR)] = parse(p)
    errors = []
    print("Briefings:")
    for name, (meta, sections, titles, problems) in docs.items():
        aud = "internal" if meta.get("audience") == "internal" else "public"
        dup = [t for t, c in Counter(t.lower() for t in titles).items() if c > 1]
        print("  %-36s %-8s sections=%d entries=%d" % (name, aud, len(sections), len(titles)))
        errors.extend(problems)
        if dup:
            errors.append("%s: duplicate entry names %s" % (name, dup))
    internal = {n for n, d in docs.items() if d[0].get("audience") == "internal"}
    if len(internal) != 1:
        errors.append("expected exactly one internal briefing, found %d" % len(internal))

    with open(QFILE, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append("bad header: %r" % rows[0])
    ids = Counter()
    cats = Counter()
    cat_aud = Counter()
    for k, line in enumerate(rows[1:], start=2):
        c = line.split("\t")
        if len(c) != 6:
            errors.append("line %d: %d columns" % (k, len(c)))
            continue
        qid, aud, match, doc, exp, q = c
        ids[qid] += 1
        cat = re.match(r"^[a-z]+", qid).group(0) if re.match(r"^[a-z]+", qid) else "?"
        cats[cat] += 1
        cat_aud[(cat, aud)] += 1
        if cat not in CATEGORIES:
            errors.append("line %d: unknown category %r" % (k, cat))
        if aud not in ("public", "internal"):
            errors.append("line %d: audience %r" % (k, aud))
        if not q.strip():
            errors.append("line %d: empty question" % k)
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append("line %d: none row must be '- -'" % k)
        elif match in ("title", "section"):
            if doc not in docs:
                errors.append("line %d: no document %r" % (k, doc))
                continue
            meta, sections, titles, _ = docs[doc]
            pool = titles if match == "title" else sections
            if exp not in pool:
                errors.append("line %d: %s %r not in %s" % (k, match, exp, doc))
            if aud == "public" and doc in internal:
                errors.append("line %d: public row expects the internal document" % k)
        else:
            errors.append("line %d: match %r" % (k, match))
        if cat == "none" and match != "none":
            errors.append("line %d: none category row must be match none" % k)
    for qid, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % qid)
    print("Questions: %d" % sum(cats.values()))
    for cat in CATEGORIES + sorted(set(cats) - set(CATEGORIES)):
        pub, inn = cat_aud[(cat, "public")], cat_aud[(cat, "internal")]
        print("  %-5s %3d  (public %d, internal %d)" % (cat, cats[cat], pub, inn))
    for e in errors:
        print("ERROR " + e)
    if errors:
        print("FAILED: %d errors" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
