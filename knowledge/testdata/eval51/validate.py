#!/usr/bin/env python3
"""Validate the eval51 question set against its briefings.

Parses the briefings the simple way briefbot's README describes (front
matter; '#' headings in Markdown, short lines without sentence endings in
plain text; '- Name: text' and '* **Name**: text' bullets; table rows whose
first cell is the title) and checks questions.tsv.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET = re.compile(r"^\s*[-*+]\s+(?:\*\*(?P<b>[^*]+?)\*\*\s*:|(?P<p>[^:]{1,80}?):)\s*(?P<text>.*)$")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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
        for ln in lines[1:end]:
            ln = ln.split("#", 1)[0]
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta[k.strip()] = v.strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    in_table = False
    for ln in lines:
        s = ln.strip()
        if not s:
            in_table = False
            continue
        if "|" in s and not BULLET.match(s):
            if SEP.match(s):
                continue
            if not in_table:
                in_table = True  # header row
                continue
            titles.append(cells(s)[0])
            continue
        in_table = False
        m = BULLET.match(s)
        if m:
            titles.append((m.group("b") or m.group("p")).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif len(s) <= 90 and not re.search(r"[.!?:;,]$", s):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".markdown", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    if "-v" in sys.argv:
        for name, (meta, secs, tits) in docs.items():
            print(f"{name}: audience={meta.get('audience', 'public')} sections={len(secs)} entries={len(tits)}")
            print("   S:", " | ".join(secs))
            print("   E:", " | ".join(tits))
    internal = {n for n, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    errors = []
    ids = set()
    cats = collections.Counter()
    per_aud = collections.Counter()
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if rows[0].split("\t") != HEADER:
        errors.append(f"header is {rows[0]!r}")
    for n, row in enumerate(rows[1:], start=2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        per_aud[aud] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {n}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: no document {doc!r}")
            continue
        _, secs, tits = docs[doc]
        pool = tits if match == "title" else secs
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"line {n}: public row expects internal document {doc}")
    for cat in sorted(cats):
        print(f"{cat}\t{cats[cat]}")
    print(f"total\t{sum(cats.values())}\t(public {per_aud['public']}, internal {per_aud['internal']})")
    print(f"briefings\t{len(docs)}\t(internal: {', '.join(sorted(internal))})")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
