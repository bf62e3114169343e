#!/usr/bin/env python3
"""Validate OUTDIR/questions.tsv against OUTDIR/briefings.

Parses the briefings the simple way the README's curators' section
describes: optional front matter between '---' lines; Markdown headings
are '#' lines; in plain text a heading is a short line of its own that
does not end like a sentence; entries are bullets ('- Name: text',
'* **Name**: text') and table rows (first cell is the title; the header
row and the '---' separator row are not entries).

Usage: python3 validate.py [--list]
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
CATEGORIES = ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]

BULLET_MD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?)\s*:\s")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def front_matter(lines):
    """Return (dict, index of first body line)."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for ln in lines[1:i]:
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip()
                return meta, i + 1
    return meta, 0


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
    meta, start = front_matter(lines)
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    body = lines[start:]
    for i, ln in enumerate(body):
        s = ln.strip()
        if not s:
            continue
        if "|" in s:
            if SEPARATOR.match(s):
                continue
            nxt = body[i + 1].strip() if i + 1 < len(body) else ""
            if SEPARATOR.match(nxt):
                continue  # header row
            titles.append(cells(s)[0])
            continue
        m = BULLET_MD.match(s) or BULLET_PLAIN.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif len(s) <= 80 and not re.search(r"[.!:;,]$", s) and not s.startswith(("-", "*")):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEFINGS)):
        if name.endswith((".md", ".markdown", ".txt")):
            docs[name] = parse(os.path.join(BRIEFINGS, name))
    if "--list" in sys.argv:
        for name, (meta, secs, titles) in docs.items():
            print(f"{name} audience={meta.get('audience', 'public')} sections={len(secs)} entries={len(titles)}")
            print("  S:", " | ".join(secs))
            print("  E:", " | ".join(titles))
        return 0
    internal = {n for n, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    errors = []
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [ln.rstrip("\n") for ln in f if ln.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    seen = set()
    counts = collections.Counter()
    matches = collections.Counter()
    for n, row in enumerate(rows[1:], start=2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in seen:
            errors.append(f"line {n}: duplicate id {qid}")
        seen.add(qid)
        cat = re.match(r"[a-z]+", qid)
        cat = cat.group(0) if cat else "?"
        if cat not in CATEGORIES:
            errors.append(f"line {n}: unknown category {cat}")
        counts[cat] += 1
        matches[(aud, match)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {n}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: unknown document {doc!r}")
            continue
        _, secs, titles = docs[doc]
        pool = titles if match == "title" else secs
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"line {n}: public row expects internal document {doc}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(docs)} briefings ({len(internal)} internal), {len(rows) - 1} questions")
    for c in CATEGORIES:
        print(f"  {c:5} {counts[c]}")
    for (a, m), k in sorted(matches.items()):
        print(f"  {a}/{m}: {k}")
    if errors:
        print(f"FAILED: {len(errors)} problems")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
