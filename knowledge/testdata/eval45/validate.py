#!/usr/bin/env python3
"""Validate the eval45 question set against its briefings.

Parses the briefings the simple way the briefbot README describes (front
matter, headings, `- Name: text` / `* **Name**: text` bullets, table rows
whose first cell is the title) and checks questions.tsv.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}):\s+(.*)$")
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
        end = lines.index("---", 1)
        for ln in lines[1:end]:
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta[k.strip()] = v.split("#", 1)[0].strip()
        lines = lines[end + 1:]
    markdown = path.endswith((".md", ".markdown"))
    sections, titles, rows = [], [], 0
    first_text = True
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "|" in line:
            if SEPARATOR.match(line) or SEPARATOR.match(nxt):
                continue  # separator or header row
            titles.append(cells(line)[0])
            rows += 1
            continue
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
            continue
        if len(line) <= 80 and not re.search(r"[.:;,!?]$", line):
            sections.append(line)
    return meta, sections, titles, rows


def main():
    docs = {}
    problems = []
    for name in sorted(os.listdir(BRIEFINGS)):
        if not name.endswith((".md", ".markdown", ".txt")):
            continue
        meta, sections, titles, rows = parse(os.path.join(BRIEFINGS, name))
        docs[name] = (meta, sections, titles)
        # the title heading is not a theme; count the others
        themes = len(sections) - 1
        print(f"{name}: {themes} sections, {len(titles)} entries ({rows} table rows)"
              + (", internal" if meta.get("audience") == "internal" else ""))
        if not 14 <= len(titles) <= 22:
            problems.append(f"{name}: {len(titles)} entries, want 14-22")
        if not 5 <= themes <= 8:
            problems.append(f"{name}: {themes} sections, want 5-8")
        dup = [t for t, c in collections.Counter(titles).items() if c > 1]
        if dup:
            problems.append(f"{name}: duplicate entry names {dup}")
    internal = {n for n, d in docs.items() if d[0].get("audience") == "internal"}
    if len(internal) != 1:
        problems.append(f"want exactly one internal document, got {sorted(internal)}")

    counts = collections.Counter()
    seen = set()
    with open(QUESTIONS, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        problems.append(f"header is {lines[0]!r}")
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in seen:
            problems.append(f"line {n}: duplicate id {qid}")
        seen.add(qid)
        cat = re.match(r"[a-z]+", qid)
        counts[cat.group(0) if cat else "?"] += 1
        if aud not in ("public", "internal"):
            problems.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            problems.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                problems.append(f"line {n}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            problems.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            problems.append(f"line {n}: unknown document {doc!r}")
            continue
        meta, sections, titles = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool:
            problems.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            problems.append(f"line {n}: public row expects the internal document")
    print()
    for cat, c in sorted(counts.items()):
        print(f"{cat:6} {c}")
    print(f"{'total':6} {sum(counts.values())}")
    if problems:
        print("\n".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
