#!/usr/bin/env python3
"""Validate the eval39 held-out question set against its briefings.

Parses the briefings the simple way briefbot's README describes for curators
(front matter, headings, named bullets, table rows), then checks
questions.tsv:

  * the header line is exactly  #id audience match docs expected question
  * every row has six tab-separated columns
  * ids are unique; audience is public|internal; match is title|section|none
  * a `title` row's expected is a bullet name or table row's first cell in
    the named document; a `section` row's expected is a heading there
  * `none` rows have docs and expected both `-`
  * no public row expects the internal (audience: internal) document

Prints the counts per category (the id's letter prefix) and OK, or the
problems and exits 1.

  python3 validate.py            # validate
  python3 validate.py --list     # print every document's sections and entries
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_BOLD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_BOLD_IN = re.compile(r"^\s*[-*+]\s+\*\*(.+?):\*\*\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?):\s+(.*)$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def cells(line):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def front_matter(lines):
    """Return (meta, body_start_index)."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for raw in lines[1:i]:
                    raw = raw.split(" #", 1)[0]
                    if ":" in raw:
                        k, v = raw.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"').strip("'")
                return meta, i + 1
    return meta, 0


def is_plain_heading(line):
    s = line.strip()
    if not s or len(s) > 90 or len(s.split()) > 12:
        return False
    if s[0] in "-*+|" or "|" in s:
        return False
    return s[-1] not in ".!:;,"


def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    meta, start = front_matter(lines)
    markdown = path.endswith((".md", ".markdown"))
    sections, entries = [], []
    body = lines[start:]
    for i, line in enumerate(body):
        s = line.strip()
        if not s:
            continue
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if SEPARATOR.match(s) and "-" in s:
            continue
        if "|" in s and not s.startswith(("-", "*", "+")):
            if SEPARATOR.match(nxt) and "-" in nxt:
                continue  # header row
            first = cells(s)[0]
            if first:
                entries.append(first)
            continue
        if markdown and s.startswith("#"):
            sections.append(s.lstrip("#").strip())
            continue
        m = BULLET_BOLD.match(s) or BULLET_BOLD_IN.match(s) or BULLET_PLAIN.match(s)
        if m:
            entries.append(m.group(1).strip())
            continue
        if not markdown and is_plain_heading(s):
            sections.append(s)
    return meta, sections, entries


def load():
    docs = {}
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in sorted(files):
            if f.endswith((".md", ".markdown", ".txt")):
                p = os.path.join(root, f)
                docs[os.path.relpath(p, BRIEFINGS)] = parse(p)
    return docs


def main():
    docs = load()
    if "--list" in sys.argv:
        for name, (meta, sections, entries) in sorted(docs.items()):
            aud = meta.get("audience", "public")
            print(f"== {name} [{aud}] {len(sections)} sections, {len(entries)} entries")
            for s in sections:
                print(f"   # {s}")
            for e in entries:
                print(f"   - {e}")
        return 0
    problems = []
    counts = collections.Counter()
    ids = set()
    with open(QUESTIONS, encoding="utf-8") as fh:
        rows = fh.read().split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    if not rows or rows[0].split("\t") != HEADER:
        problems.append("line 1: header must be " + "\\t".join(HEADER))
    for n, line in enumerate(rows[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {n}: {len(cols)} columns, want 6")
            continue
        qid, aud, match, doc, expected, question = cols
        if qid in ids:
            problems.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        m = re.match(r"^([a-z]+)\d+$", qid)
        if not m:
            problems.append(f"line {n}: id {qid!r} is not <category><number>")
            continue
        counts[m.group(1)] += 1
        if aud not in ("public", "internal"):
            problems.append(f"line {n}: audience {aud!r}")
        if not question.strip():
            problems.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or expected != "-":
                problems.append(f"line {n}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            problems.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            problems.append(f"line {n}: unknown document {doc!r}")
            continue
        meta, sections, entries = docs[doc]
        pool = entries if match == "title" else sections
        if expected not in pool:
            problems.append(f"line {n}: {match} {expected!r} not in {doc}")
        if aud == "public" and meta.get("audience", "").lower() == "internal":
            problems.append(f"line {n}: public row expects internal document {doc}")
    for cat in sorted(counts):
        print(f"{cat:6} {counts[cat]}")
    print(f"total  {sum(counts.values())}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
