#!/usr/bin/env python3
"""Checks questions.tsv against the briefings of eval112.

Every title/section question must name a briefing that exists, and its expected
text must be an entry title (bullet name, table row's first cell, heading) or,
for `section`, a heading in that briefing. `none` rows must leave docs and
expected empty. Questions about the internal briefing must be asked with the
internal audience; leak questions are public and expect nothing.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
CATEGORIES = {"para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"}


def split_front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    m = re.match(r"^(\w+):\s*(.*?)\s*(#.*)?$", l)
                    if m:
                        meta[m.group(1)] = m.group(2).strip().strip('"').strip("'")
                return meta, lines[i + 1:]
    return meta, lines


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta, body = split_front_matter(lines)
    md = path.endswith(".md")
    headings, titles = set(), set()
    first = True
    for raw in body:
        line = raw.strip()
        if not line:
            continue
        if md and line.startswith("#"):
            headings.add(line.lstrip("#").strip())
            first = False
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", line) or re.match(r"^[-*]\s+([^:]+?):\s", line)
        if m:
            titles.add(m.group(1).strip())
            first = False
            continue
        if "|" in line:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells and not re.fullmatch(r"[-: ]+", cells[0] or "-"):
                titles.add(cells[0])
            first = False
            continue
        if not md and (first or (len(line) < 80 and not line.endswith((".", ":", "!", "?", ";", ",")))):
            headings.add(line)
        first = False
    return meta, headings, titles | headings


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    internal = {n for n, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    errors = []
    if len(docs) != 13:
        errors.append("expected 13 briefings, found %d" % len(docs))
    if len(internal) != 1:
        errors.append("expected exactly one internal briefing, found %s" % sorted(internal))
    seen, counts = set(), {}
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    if not rows or not rows[0].startswith("#id\taudience\tmatch\tdocs\texpected\tquestion"):
        errors.append("bad header line")
    for n, row in enumerate(rows[1:], start=2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        qid, aud, match, doc, expected, question = cols
        cat = qid.split("-")[0]
        counts[cat] = counts.get(cat, 0) + 1
        where = "line %d (%s)" % (n, qid)
        if qid in seen:
            errors.append(where + ": duplicate id")
        seen.add(qid)
        if cat not in CATEGORIES:
            errors.append(where + ": unknown category " + cat)
        if aud not in ("public", "internal"):
            errors.append(where + ": bad audience " + aud)
        if not question.strip():
            errors.append(where + ": empty question")
        if match == "none":
            if doc or expected:
                errors.append(where + ": none must have empty docs and expected")
            if cat not in ("none", "leak"):
                errors.append(where + ": none in category " + cat)
            continue
        if cat in ("none", "leak"):
            errors.append(where + ": category %s must expect nothing" % cat)
        if match not in ("title", "section"):
            errors.append(where + ": bad match " + match)
            continue
        if doc not in docs:
            errors.append(where + ": no briefing " + doc)
            continue
        _, headings, titles = docs[doc]
        pool = headings if match == "section" else titles
        if expected not in pool:
            errors.append(where + ": %r is not a %s in %s" % (expected, match, doc))
        if doc in internal and aud != "internal":
            errors.append(where + ": internal briefing expected for a public question")
    for cat in sorted(counts):
        print("%-5s %3d" % (cat, counts[cat]))
    print("total %3d" % sum(counts.values()))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
