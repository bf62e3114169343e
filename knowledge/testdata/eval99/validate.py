#!/usr/bin/env python3
"""Independent checks for eval99/questions.tsv against eval99/briefings.

A simple parser of its own: entry titles are `- Name: text` and `* **Name**: text`
bullets and the first cell of table rows (not header or separator rows); sections are
`#` headings in Markdown and short lines of their own in text files. It checks every
expected title or section exists in its document, that internal questions point at the
internal document and public ones never do, and counts the categories.
"""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    internal = False
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if re.match(r"\s*audience:\s*internal\b", l):
                internal = True
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections = [], []
    for i, l in enumerate(lines):
        s = l.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*:\s", s) or re.match(r"^-\s+([^:]{1,60}):\s", s)
        if m:
            titles.append(m.group(1).strip()); continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if re.fullmatch(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?", nxt):
                continue  # header row: the line after it is the separator
            titles.append(cells[0]); continue
        if md and s.startswith("#"):
            sections.append(s.lstrip("#").strip()); continue
        if not md and s and len(s) < 70 and not s.endswith((".", ":", "?", "!")):
            sections.append(s)
    return internal, titles, sections

docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
errors = []
cats = Counter(); near = 0
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header")
    ids = set()
    for n, line in enumerate(f, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6:
            errors.append(f"line {n}: {len(parts)} columns"); continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids: errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if not q.strip(): errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}"); continue
        internal, titles, sections = docs[doc]
        if match == "title" and exp not in titles: errors.append(f"{qid}: title {exp!r} not in {doc}")
        if match == "section" and exp not in sections: errors.append(f"{qid}: section {exp!r} not in {doc}")
        if match not in ("title", "section"): errors.append(f"{qid}: match {match}")
        if internal and aud != "internal": errors.append(f"{qid}: public question expects internal {doc}")
        if cat == "leak" and aud == "internal" and not internal: errors.append(f"{qid}: leak expects a public doc")

print("documents:")
for d, (internal, titles, sections) in docs.items():
    print(f"  {d}: {len(titles)} entries, {len(sections)} headings{' (internal)' if internal else ''}")
print("categories:")
for c, want in WANT.items():
    print(f"  {c}: {cats[c]} (want {want}){'' if cats[c] == want else '  MISMATCH'}")
print(f"total: {sum(cats.values())}")
for e in errors: print("ERROR", e)
print("OK" if not errors and all(cats[c] == w for c, w in WANT.items()) else "FAILED")
sys.exit(1 if errors else 0)
