#!/usr/bin/env python3
"""Validate the eval57 question set against its briefings.

Parses the briefings the simple way the briefbot README describes:
optional YAML-ish front matter; Markdown headings are '#' lines, plain-text
headings are short lines of their own that do not end like a sentence;
entries are bullets ('- Name: text', '* **Name**: text') and table rows
(first cell is the title; header and separator rows are skipped).
Then checks questions.tsv and prints counts per category.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

SEP_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_BULLET = re.compile(r"^[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
NAMED_BULLET = re.compile(r"^[*-]\s+([^:]{1,60}?)\s*:\s+(.*)$")


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
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for ln in lines[1:j]:
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        v = v.split(" #")[0].strip().strip('"').strip("'")
                        meta[k.strip()] = v
                i = j + 1
                break
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    body = lines[i:]
    for n, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        if "|" in line:
            if SEP_RE.match(line):
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if SEP_RE.match(nxt):
                continue  # header row
            titles.append(cells(line)[0])
            continue
        if line.startswith(("- ", "* ")):
            m = BOLD_BULLET.match(line) or NAMED_BULLET.match(line)
            if m:
                titles.append(m.group(1).strip())
            continue
        if markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        else:
            if len(line) <= 80 and not re.search(r"[.!:;,]$", line):
                sections.append(line)
    return meta, sections, titles


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEFINGS)):
        if name.endswith((".md", ".markdown", ".txt")):
            docs[name] = parse(os.path.join(BRIEFINGS, name))
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    errors = []
    if len(internal) != 1:
        errors.append(f"expected exactly one internal briefing, found {sorted(internal)}")
    if "-v" in sys.argv:
        for d, (m, secs, tits) in docs.items():
            print(f"== {d} [{m.get('audience', 'public')}] {len(secs)} sections, {len(tits)} entries")
            print("   sections:", " | ".join(secs))
            print("   entries: ", " | ".join(tits))
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids = set()
    cats = collections.Counter()
    matches = collections.Counter()
    for ln, row in enumerate(rows[1:], start=2):
        parts = row.split("\t")
        if len(parts) != 6:
            errors.append(f"line {ln}: {len(parts)} columns")
            continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids:
            errors.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid)
        cats[cat.group(0) if cat else "?"] += 1
        matches[match] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {ln}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {ln}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {ln}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {ln}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {ln}: unknown document {doc!r}")
            continue
        if aud == "public" and doc in internal:
            errors.append(f"line {ln}: public row expects internal document {doc}")
        _, secs, tits = docs[doc]
        pool = tits if match == "title" else secs
        if exp not in pool:
            errors.append(f"line {ln}: {match} {exp!r} not found in {doc}")
    print(f"{len(docs)} briefings ({len(internal)} internal), {len(rows) - 1} questions")
    print("by category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("by match:    " + ", ".join(f"{k} {v}" for k, v in sorted(matches.items())))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
