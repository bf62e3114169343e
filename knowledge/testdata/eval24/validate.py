#!/usr/bin/env python3
"""Validate the eval24 question set against its briefings.

Parses the briefings the simple way briefbot's README describes (front matter,
Markdown '#' headings or short plain-text heading lines, '- Name: text' and
'* **Name**: text' bullets, table rows titled by their first cell) and checks
questions.tsv: header, six columns, unique ids, expected entries present in
the named document, none rows written '- -', and no public row expecting the
internal document. Prints counts per category and OK.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
TSV = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[-*]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[-*]\s+([^:]{1,80}?)\s*:\s+(.*)$")
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
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#", 1)[0].strip()
        lines = lines[end + 1:]
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip():
            i += 1
            continue
        if "|" in line and SEPARATOR.match(nxt):  # table header, then rows
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                titles.append(cells(lines[i])[0])
                i += 1
            continue
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
        elif markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        elif len(line) <= 80 and not re.search(r"[.!;:,]$", line):
            sections.append(line.strip())
        i += 1
    return meta, sections, titles


def main():
    problems = []
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".markdown", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    internal = {n for n, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    if len(internal) != 1:
        problems.append(f"expected exactly one internal briefing, found {sorted(internal)}")
    for n, (meta, secs, titles) in docs.items():
        print(f"  {n}: {len(secs)} sections, {len(titles)} entries{' (internal)' if n in internal else ''}")

    with open(TSV, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        problems.append(f"bad header: {rows[0]!r}")
    ids, cats = set(), Counter()
    for ln, row in enumerate(rows[1:], start=2):
        c = row.split("\t")
        if len(c) != 6:
            problems.append(f"line {ln}: {len(c)} columns")
            continue
        rid, aud, match, doc, exp, q = c
        if rid in ids:
            problems.append(f"line {ln}: duplicate id {rid}")
        ids.add(rid)
        cats[re.match(r"[a-z]+", rid).group(0)] += 1
        if aud not in ("public", "internal"):
            problems.append(f"line {ln}: bad audience {aud}")
        if not q.strip():
            problems.append(f"line {ln}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                problems.append(f"line {ln}: none row must be '- -'")
        elif match in ("title", "section"):
            if doc not in docs:
                problems.append(f"line {ln}: unknown document {doc}")
                continue
            _, secs, titles = docs[doc]
            pool = titles if match == "title" else secs
            if exp not in pool:
                problems.append(f"line {ln}: {match} {exp!r} not in {doc}")
            if aud == "public" and doc in internal:
                problems.append(f"line {ln}: public row expects internal document {doc}")
        else:
            problems.append(f"line {ln}: bad match {match}")

    for cat, k in sorted(cats.items()):
        print(f"{cat:6} {k}")
    print(f"total  {sum(cats.values())}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
