#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in this directory.

Parses the briefings the simple way briefbot's README describes:
front matter between '---' lines; Markdown headings are '#' lines; in plain
text a heading is a short line of its own that does not end like a sentence;
entries are bullets ('- Name: text', '* **Name**: text') and table rows (the
first cell is the title; the header row and the '---|' separator are not
entries).
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
BULLET_BOLD_RE = re.compile(r"^[-*+]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN_RE = re.compile(r"^[-*+]\s+([^:]{1,80}?):\s")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta = {}
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip().strip('"')
                start = i + 1
                break
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    prev_row = None  # title of the previous table row, maybe a header
    for raw in lines[start:]:
        line = raw.strip()
        if not line:
            prev_row = None
            continue
        if "|" in line and SEP_RE.match(line):
            if prev_row is not None and titles and titles[-1] == prev_row:
                titles.pop()  # the row above the separator was the header
            prev_row = None
            continue
        if "|" in line and len(cells(line)) >= 2:
            t = cells(line)[0]
            titles.append(t)
            prev_row = t
            continue
        prev_row = None
        m = BULLET_BOLD_RE.match(line) or BULLET_PLAIN_RE.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if re.match(r"^[-*+]\s", line):
            continue  # a bullet without a name
        if markdown:
            m = re.match(r"^#{1,6}\s+(.*?)\s*#*$", line)
            if m:
                sections.append(m.group(1))
            continue
        if len(line) <= 90 and not re.search(r"[.!,;:]$", line):
            sections.append(line)
    return meta, sections, titles


def main():
    problems = []
    docs = {}
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith((".md", ".markdown", ".txt")):
                p = os.path.join(root, name)
                docs[os.path.relpath(p, BRIEFINGS)] = parse(p)
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    print(f"{len(docs)} briefings, internal: {', '.join(sorted(internal)) or 'none'}")
    for d, (meta, secs, titles) in sorted(docs.items()):
        print(f"  {d}: {len(secs)} sections, {len(titles)} entries")

    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        problems.append(f"header is {rows[0]!r}, want {chr(9).join(HEADER)!r}")
    ids = Counter()
    cats = OrderedDict()
    auds = Counter()
    for n, row in enumerate(rows[1:], start=2):
        f = row.split("\t")
        if len(f) != 6:
            problems.append(f"line {n}: {len(f)} columns, want 6")
            continue
        qid, aud, match, doc, exp, question = f
        ids[qid] += 1
        cat = re.match(r"[a-z]+", qid)
        cat = cat.group(0) if cat else "?"
        cats[cat] = cats.get(cat, 0) + 1
        auds[aud] += 1
        if aud not in ("public", "internal"):
            problems.append(f"line {n} {qid}: audience {aud!r}")
        if not question.strip():
            problems.append(f"line {n} {qid}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                problems.append(f"line {n} {qid}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            problems.append(f"line {n} {qid}: match {match!r}")
            continue
        if doc not in docs:
            problems.append(f"line {n} {qid}: no document {doc!r}")
            continue
        _, secs, titles = docs[doc]
        pool = titles if match == "title" else secs
        if exp not in pool:
            problems.append(f"line {n} {qid}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            problems.append(f"line {n} {qid}: public row expects internal document {doc}")
    for qid, c in ids.items():
        if c > 1:
            problems.append(f"id {qid} used {c} times")

    print(f"{sum(cats.values())} questions ({auds['public']} public, {auds['internal']} internal)")
    for cat, c in cats.items():
        print(f"  {cat}: {c}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problems")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
