#!/usr/bin/env python3
"""Independent check of questions.tsv against the briefings in ./briefings.

A simple parser, written without reference to briefbot's code: it collects
- headings: markdown '#' lines (text after the hashes);
- titles: '- Name: text' bullets, '* **Name**: text' bullets, and the first
  cell of table rows (not the header row or the --- separator);
- the audience from YAML front matter.
Then it checks every question's expected answer exists in its document,
that public questions never expect an internal document, that para
questions do not contain their title's exact wording, and counts categories.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    audience = "public"
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            k, _, v = l.partition(":")
            if k.strip() == "audience":
                audience = v.strip()
        lines = lines[end + 1:]
    headings, titles = set(), set()
    prev_table = False
    for l in lines:
        s = l.strip()
        m = re.match(r"^#+\s+(.*)$", s)
        if m:
            headings.add(m.group(1).strip())
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^-\s+([^:]+):", s)
        if m:
            titles.add(m.group(1).strip())
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) or c == "" for c in cells):
                prev_table = True  # separator: following rows are body rows
            elif prev_table and cells[0]:
                titles.add(cells[0])
        else:
            prev_table = False
    return audience, headings, titles


def main():
    docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
    rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    errors = []
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header line")
    cats = collections.Counter()
    seen = set()
    for r in rows[1:]:
        cols = r.split("\t")
        if len(cols) != 6:
            errors.append(f"wrong column count: {r}")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        seen.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[(cat, aud, match)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"{qid}: bad audience {aud}")
        if match == "none":
            if doc or exp:
                errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: unknown document {doc}")
            continue
        daud, heads, titles = docs[doc]
        if match == "title" and exp not in titles:
            errors.append(f"{qid}: title {exp!r} not in {doc}")
        if match == "section" and exp not in heads:
            errors.append(f"{qid}: heading {exp!r} not in {doc}")
        if match not in ("title", "section"):
            errors.append(f"{qid}: bad match {match}")
        if daud == "internal" and aud != "internal":
            errors.append(f"{qid}: public question expects internal document {doc}")
        if cat == "para" and exp.lower() in q.lower():
            errors.append(f"{qid}: para question reuses the title {exp!r}")
    print("documents:")
    for f, (a, h, t) in docs.items():
        print(f"  {f:45s} audience={a:8s} headings={len(h):2d} titles={len(t):2d}")
    print("categories (category, audience, match): count")
    per = collections.Counter()
    for (c, a, m), n in sorted(cats.items()):
        print(f"  {c:5s} {a:8s} {m:8s} {n:3d}")
        per[c] += n
    print("totals: " + ", ".join(f"{c} {n}" for c, n in per.items()) + f"; all {sum(per.values())}")
    if errors:
        print(f"{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: every expected answer found, no public question expects the internal briefing")


if __name__ == "__main__":
    main()
