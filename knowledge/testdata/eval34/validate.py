#!/usr/bin/env python3
"""Validate the eval34 question set against its briefings.

Parses the briefings the simple way the curators' README describes
(front matter, Markdown '#' headings or short plain-text heading lines,
'- Name: text' and '* **Name**: text' bullets, table rows titled by their
first cell) and checks questions.tsv:

- the header line, six tab-separated columns, unique ids;
- audience is public|internal, match is title|section|none;
- every expected title/section exists in the named document;
- none rows have docs and expected both '-';
- no public row expects the internal document.

Prints counts per category (the id's letter prefix) and OK, or the
problems and exits 1.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

SEP_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BULLET_MD = re.compile(r"^[-*]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^[-*]\s+([^:]{1,80}?):\s+(.*)$")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_plain_heading(line):
    s = line.strip()
    if not s or len(s) > 90 or "|" in s:
        return False
    if s.startswith(("- ", "* ", "#")):
        return False
    return s[-1] not in ".!?:;,"


def parse(path):
    """Return (meta, sections, titles) for one briefing."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta = {}
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for fm in lines[1:j]:
                    fm = fm.split("#", 1)[0] if " #" in fm else fm
                    if ":" in fm:
                        k, v = fm.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"').strip("'")
                i = j + 1
                break
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    for n in range(i, len(lines)):
        line = lines[n].rstrip()
        s = line.strip()
        if not s:
            continue
        if "|" in s:
            if SEP_RE.match(s):
                continue
            nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if SEP_RE.match(nxt):  # header row
                continue
            first = cells(s)[0]
            if first:
                titles.append(first)
            continue
        m = BULLET_MD.match(s) or BULLET_PLAIN.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if markdown:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif is_plain_heading(s):
            sections.append(s)
    return meta, sections, titles


def main():
    problems = []
    docs = {}
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, fn), BRIEFINGS)
                docs[rel] = parse(os.path.join(root, fn))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}

    with open(QUESTIONS, encoding="utf-8") as f:
        rows = f.read().splitlines()
    if not rows or rows[0].split("\t") != HEADER:
        problems.append("line 1: header must be " + "\\t".join(HEADER))
    seen = set()
    counts = OrderedDict()
    for ln, raw in enumerate(rows[1:], start=2):
        if not raw.strip():
            continue
        f = raw.split("\t")
        if len(f) != 6:
            problems.append(f"line {ln}: {len(f)} columns, want 6")
            continue
        qid, aud, match, doc, exp, q = f
        if qid in seen:
            problems.append(f"line {ln}: duplicate id {qid}")
        seen.add(qid)
        m = re.match(r"[A-Za-z]+", qid)
        cat = m.group(0) if m else "?"
        counts[cat] = counts.get(cat, 0) + 1
        if aud not in ("public", "internal"):
            problems.append(f"line {ln}: audience {aud!r}")
        if not q.strip():
            problems.append(f"line {ln}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                problems.append(f"line {ln}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            problems.append(f"line {ln}: match {match!r}")
            continue
        if doc not in docs:
            problems.append(f"line {ln}: no document {doc!r}")
            continue
        _, sections, titles = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool:
            problems.append(f"line {ln}: {match} {exp!r} not found in {doc}")
        if aud == "public" and doc in internal:
            problems.append(f"line {ln}: public row expects internal document {doc}")

    print("documents:", len(docs), "internal:", ", ".join(sorted(internal)) or "none")
    print("entries per document:")
    for d in sorted(docs):
        meta, sections, titles = docs[d]
        print(f"  {d}: {len(sections)} sections, {len(titles)} bullets/rows")
    print("questions per category:")
    for cat, n in counts.items():
        print(f"  {cat}: {n}")
    print(f"  total: {sum(counts.values())}")
    aud = Counter(r.split("\t")[1] for r in rows[1:] if r.count("\t") == 5)
    print("audiences:", dict(aud))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
