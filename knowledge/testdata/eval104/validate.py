#!/usr/bin/env python3
"""Independent check of questions.tsv against the briefings: every expected title
or heading exists in its document, audiences and categories are consistent."""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

def parse(path):
    """Return (titles, headings, internal) using simple line rules."""
    lines = open(path, encoding="utf-8").read().split("\n")
    internal, i = False, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        internal = any(re.match(r"\s*audience:\s*internal\b", l) for l in lines[1:j])
        i = j + 1
    titles, headings = set(), set()
    md = path.endswith(".md")
    prev_table = False
    for l in lines[i:]:
        s = l.strip()
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^[-*]\s+([^:*]+?):\s", s)
        if m:
            titles.add(m.group(1).strip()); prev_table = False; continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                prev_table = True; continue
            if prev_table:
                titles.add(cells[0])
            # a header row is followed by the separator; mark rows after it
            continue
        prev_table = False
        if md and s.startswith("#"):
            headings.add(s.lstrip("#").strip())
        elif not md and s and not s.endswith((".", ":")):
            headings.add(s)
    return titles, headings, internal

def main():
    docs = {f: parse(os.path.join(BDIR, f)) for f in sorted(os.listdir(BDIR))}
    internal_docs = {f for f, d in docs.items() if d[2]}
    errors, cats = [], Counter()
    rows = list(csv.reader(open(os.path.join(HERE, "questions.tsv"), encoding="utf-8"),
                           delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != ["#id", "audience", "match", "docs", "expected", "question"]:
        errors.append("bad header")
    ids = set()
    for r in rows[1:]:
        if len(r) != 6:
            errors.append(f"bad row {r}"); continue
        qid, aud, match, doc, exp, text = r
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0); cats[cat] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs: errors.append(f"{qid}: no document {doc}"); continue
        titles, heads, internal = docs[doc]
        if match == "title" and exp not in titles:
            errors.append(f"{qid}: title {exp!r} not in {doc}")
        if match == "section" and exp not in heads:
            errors.append(f"{qid}: heading {exp!r} not in {doc}")
        if internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if cat == "para" and exp.lower() in text.lower():
            errors.append(f"{qid}: para question repeats title {exp!r}")
    for c, n in WANT.items():
        if cats[c] != n: errors.append(f"category {c}: {cats[c]} != {n}")
    if len(internal_docs) != 1: errors.append(f"internal documents: {internal_docs}")
    print(f"{len(docs)} documents ({len(internal_docs)} internal: {', '.join(internal_docs)})")
    for f, (t, h, _) in docs.items():
        print(f"  {f}: {len(t)} titles, {len(h)} headings")
    print(f"{len(rows) - 1} questions: " + ", ".join(f"{c} {cats[c]}" for c in WANT))
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
