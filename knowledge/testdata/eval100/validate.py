#!/usr/bin/env python3
"""Independent check of eval100: every expected title/heading exists in its document,
audiences are consistent, and the category counts match the brief."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
HEADER = "#id\taudience\tmatch\tdocs\texpected\tquestion"
TARGET = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
          "dis": 12, "none": 26, "leak": 16}

SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    audience = "public"
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            m = re.match(r"\s*audience\s*:\s*(\S+)", l)
            if m:
                audience = m.group(1)
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, headings = set(), set()
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        m = re.match(r"^#+\s+(.*)$", l)
        if m:
            headings.add(m.group(1).strip())
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", l) or re.match(r"^[-*]\s+([^:]+?):\s", l)
        if m:
            titles.add(m.group(1).strip())
            continue
        if "|" in l:
            if SEP.match(l):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in l.strip("|").split("|")]
            titles.add(cells[0])
            continue
        if not md and len(l) <= 80 and not re.search(r"[.!?:;,]$", l):
            headings.add(l)
    return audience, titles, headings


def main():
    docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
    errors = []
    rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != HEADER:
        errors.append("bad header")
    counts = collections.Counter()
    aud = collections.Counter()
    ids = set()
    for r in rows[1:]:
        f = r.split("\t")
        if len(f) != 6:
            errors.append(f"wrong column count: {r}")
            continue
        qid, audience, match, doc, expected, q = f
        if qid in ids:
            errors.append(f"duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        counts[cat] += 1
        aud[audience] += 1
        if audience not in ("public", "internal"):
            errors.append(f"{qid}: audience {audience}")
        if match == "none":
            if doc or expected:
                errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}")
            continue
        daud, titles, headings = docs[doc]
        pool = titles if match == "title" else headings if match == "section" else None
        if pool is None:
            errors.append(f"{qid}: match {match}")
        elif expected not in pool:
            errors.append(f"{qid}: '{expected}' not a {match} in {doc}")
        if daud == "internal" and audience != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if cat == "para" and expected.lower() in q.lower():
            errors.append(f"{qid}: para question repeats the title '{expected}'")
    internal = [d for d, v in docs.items() if v[0] == "internal"]
    print(f"documents: {len(docs)}, internal: {', '.join(internal)}")
    for d, (a, t, h) in docs.items():
        print(f"  {d}: {len(t)} titles, {len(h)} headings, audience {a}")
    print("categories: " + ", ".join(f"{k} {counts[k]}/{v}" for k, v in TARGET.items()))
    extra = set(counts) - set(TARGET)
    if extra:
        errors.append(f"unknown categories {extra}")
    for k, v in TARGET.items():
        if counts[k] != v:
            errors.append(f"category {k}: {counts[k]} (want {v})")
    print(f"questions: {sum(counts.values())}, audiences: {dict(aud)}")
    if len(internal) != 1:
        errors.append(f"want exactly one internal document, have {len(internal)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
