#!/usr/bin/env python3
"""Independent checks for /tmp/eval107/questions.tsv against the briefings.

A deliberately simple parser, written without reference to briefbot:
- front matter between leading '---' lines; 'audience: internal' marks internal;
- headings: Markdown '#' lines, and in .txt files any short line that is not a
  bullet or table line and does not end like a sentence;
- titles: '- Name: text' and '* **Name**: text' bullets, and the first cell of
  every table row that is neither a header (the line before '---|') nor a separator.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for l in lines[1:j]:
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.split("#")[0].strip()
                i = j + 1
                break
    body = lines[i:]
    md = path.endswith(".md")
    headings, titles, entries = set(), [], 0
    for n, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if SEP.match(line):
            continue
        if "|" in line:
            if SEP.match(nxt):  # header row
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            titles.append(cells[0])
            entries += 1
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", line) or re.match(r"^[-*]\s+([^:]{1,60}):\s", line)
        if m:
            titles.append(m.group(1).strip())
            entries += 1
            continue
        if md:
            if line.startswith("#"):
                h = line.lstrip("#").strip()
                headings.add(h)
                if h.endswith("?"):
                    entries += 1  # an FAQ heading over its answer
        else:
            if len(line) <= 80 and not re.search(r"[.:;!,]$", line):
                headings.add(line)
    return meta, headings, titles, entries


def main():
    errors = []
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        docs[name] = parse(os.path.join(BRIEF, name))
    internal = {n for n, d in docs.items() if d[0].get("audience") == "internal"}
    if len(docs) != 12:
        errors.append("expected 12 briefings, found %d" % len(docs))
    if len(internal) != 1:
        errors.append("expected exactly one internal briefing, found %s" % sorted(internal))
    for name, (meta, heads, titles, entries) in docs.items():
        if not 12 <= entries <= 18:
            errors.append("%s: %d entries, want 12-18" % (name, entries))
    counts = Counter()
    ids = set()
    with open(QFILE, encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header: %r" % rows[0])
    for ln, row in enumerate(rows[1:], 2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (ln, len(cols)))
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append("line %d: duplicate id %s" % (ln, qid))
        ids.add(qid)
        cat = re.match(r"^[a-z]+", qid).group(0)
        counts[cat] += 1
        if aud not in ("public", "internal"):
            errors.append("%s: audience %r" % (qid, aud))
        if not q.strip():
            errors.append("%s: empty question" % qid)
        if match == "none":
            if doc or exp:
                errors.append("%s: none with docs/expected" % qid)
            continue
        if match not in ("title", "section"):
            errors.append("%s: match %r" % (qid, match))
            continue
        if doc not in docs:
            errors.append("%s: unknown doc %r" % (qid, doc))
            continue
        if aud == "public" and doc in internal:
            errors.append("%s: public question expects internal doc" % qid)
        meta, heads, titles, _ = docs[doc]
        if match == "title" and exp not in titles:
            errors.append("%s: title %r not in %s" % (qid, exp, doc))
        if match == "section" and exp not in heads:
            errors.append("%s: heading %r not in %s" % (qid, exp, doc))
    for cat, n in WANT.items():
        if counts[cat] != n:
            errors.append("category %s: %d, want %d" % (cat, counts[cat], n))
    for cat in counts:
        if cat not in WANT:
            errors.append("unknown category %s" % cat)
    leak_int = sum(1 for r in rows[1:] if r.startswith("leak") and r.split("\t")[1] == "internal")
    leak_pub_none = sum(1 for r in rows[1:] if r.startswith("leak") and r.split("\t")[1] == "public" and r.split("\t")[2] == "none")
    if (leak_int, leak_pub_none) != (6, 10):
        errors.append("leak split %d internal / %d public-none, want 6/10" % (leak_int, leak_pub_none))
    print("%d documents (%d internal), %d questions: %s" % (
        len(docs), len(internal), sum(counts.values()),
        ", ".join("%s %d" % (c, counts[c]) for c in WANT)))
    print("entries per document: " + ", ".join("%s %d" % (n, d[3]) for n, d in docs.items()))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
