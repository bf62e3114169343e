#!/usr/bin/env python3
"""Validate the eval47 question set against its briefings.

Parses the briefings the simple way briefbot's README describes for curators
(front matter, '#' headings in Markdown, short non-sentence lines as headings
in plain text, '- Name: text' and '* **Name**: text' bullets, table rows whose
first cell is the title) and checks questions.tsv.
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
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\*\*(.+?)\*\*\s*:\s*(.*)$")
NAME_RE = re.compile(r"^([^:]{1,80}?)\s*:\s+(.*)$")


def front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for ln in lines[1:i]:
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        v = v.split(" #", 1)[0].strip().strip('"')
                        meta[k.strip()] = v
                return meta, lines[i + 1:]
    return meta, lines


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_plain_heading(line):
    s = line.strip()
    if not s or len(s) > 90 or len(s.split()) > 12:
        return False
    if s[0] in "-*|" or "|" in s:
        return False
    return s[-1] not in ".!?:;,"


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().splitlines()
    meta, lines = front_matter(raw)
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if s.startswith(("- ", "* ")):
            body = s[2:].strip()
            m = BOLD_RE.match(body) or NAME_RE.match(body)
            if m:
                titles.append(m.group(1).strip())
            continue
        if "|" in s:
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt):  # header row
                continue
            c = cells(s)
            if c and c[0]:
                titles.append(c[0])
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif is_plain_heading(s):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in sorted(files):
            if fn.endswith((".md", ".markdown", ".txt")):
                rel = os.path.relpath(os.path.join(root, fn), BRIEFINGS)
                docs[rel] = parse(os.path.join(root, fn))
    if "--list" in sys.argv:
        for d, (meta, secs, titles) in sorted(docs.items()):
            print(f"== {d} audience={meta.get('audience', 'public')} sections={len(secs)} entries={len(titles)}")
            for s in secs:
                print("  #", s)
            for t in titles:
                print("   -", t)
        return 0
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    errors = []
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [ln.rstrip("\n") for ln in f if ln.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids, counts, questions = set(), collections.Counter(), set()
    for n, ln in enumerate(rows[1:], start=2):
        c = ln.split("\t")
        if len(c) != 6:
            errors.append(f"line {n}: {len(c)} columns")
            continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid)
        counts[cat.group(0) if cat else "?"] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if (aud, q) in questions:
            errors.append(f"line {n}: duplicate question {q!r}")
        questions.add((aud, q))
        if match == "none":
            if (doc, exp) != ("-", "-"):
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
    for cat, k in sorted(counts.items()):
        print(f"{cat}\t{k}")
    print(f"total\t{sum(counts.values())}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
