#!/usr/bin/env python3
"""Validate eval109/questions.tsv against the briefings in eval109/briefings.

Entries follow the README's curator layouts: bullets (`- Name: text`,
`* **Name**: text`), table rows (first cell is the title; the row before a
`---|` separator is the header, not an entry) and sections (a Markdown `#`
heading; in plain text a short line of its own not ending like a sentence).
`title` questions must name a bullet or row; `section` questions a heading.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

BULLET_MD = re.compile(r"^\s*[*-]\s+\*\*(.+?)\*\*\s*:")
BULLET_TXT = re.compile(r"^\s*[-*]\s+([^:*][^:]{0,80}?):\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    audience = "public"
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for fm in lines[1:end]:
            if fm.split("#")[0].strip().replace(" ", "") == "audience:internal":
                audience = "internal"
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "|" in s and not SEP.match(s):
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in s.strip("|").split("|")]
            titles.append(cells[0])
            continue
        if SEP.match(s):
            continue
        m = BULLET_MD.match(s) or BULLET_TXT.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif len(s) < 80 and not s.endswith((".", "!", ":", ";", ",")):
            sections.append(s)
    return audience, titles, sections


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        docs[name] = parse(os.path.join(BRIEF, name))
    problems = []
    counts = collections.Counter()
    ids = set()
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        problems.append("bad header")
    for n, row in enumerate(rows[1:], 2):
        cells = row.split("\t")
        if len(cells) != 6:
            problems.append(f"line {n}: {len(cells)} cells")
            continue
        qid, aud, match, doc, exp, q = cells
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        counts[re.sub(r"\d+$", "", qid)] += 1
        if aud not in ("public", "internal"):
            problems.append(f"{qid}: audience {aud!r}")
        if not q.strip():
            problems.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp:
                problems.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            problems.append(f"{qid}: no document {doc}")
            continue
        daud, titles, sections = docs[doc]
        if daud == "internal" and aud != "internal":
            problems.append(f"{qid}: public question expects internal {doc}")
        if match == "title":
            if exp not in titles:
                problems.append(f"{qid}: title {exp!r} not an entry of {doc}")
            elif titles.count(exp) > 1:
                problems.append(f"{qid}: title {exp!r} occurs twice in {doc}")
        elif match == "section":
            if exp not in sections:
                problems.append(f"{qid}: section {exp!r} not a heading of {doc}")
        else:
            problems.append(f"{qid}: match {match!r}")
    print("documents:")
    for name, (aud, titles, sections) in docs.items():
        print(f"  {name}: {aud}, {len(titles)} bullets/rows, {len(sections)} headings")
    print("categories:")
    for cat, want in WANT.items():
        mark = "ok" if counts[cat] == want else f"WANT {want}"
        print(f"  {cat}: {counts[cat]} {mark}")
        if counts[cat] != want:
            problems.append(f"category {cat}: {counts[cat]} != {want}")
    for cat in counts:
        if cat not in WANT:
            problems.append(f"unknown category {cat}")
    total = sum(counts.values())
    print(f"total: {total} questions")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
