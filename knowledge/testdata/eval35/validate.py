#!/usr/bin/env python3
"""Validate questions.tsv against the briefings, parsing them the simple way
briefbot's README describes (front matter, headings, bullets, table rows).

usage: validate.py [--briefings DIR] [--questions FILE]
Exits 0 and prints OK when every check passes, 1 otherwise.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
BULLET_BOLD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?):\s")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def front_matter(lines):
    """Returns (meta, index of the first body line)."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    l = l.split("#", 1)[0]
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.strip().strip("\"'")
                return meta, i + 1
    return meta, 0


def plain_heading(line):
    s = line.strip()
    if not s or "|" in s or re.match(r"^[-*+]\s", s):
        return False
    if len(s) > 90 or len(s.split()) > 12:
        return False
    return s[-1] not in ".:;,!?"


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta, start = front_matter(lines)
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = set(), set()
    body = lines[start:]
    for i, line in enumerate(body):
        s = line.strip()
        if not s:
            continue
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if "|" in s:
            if SEPARATOR.match(s) or SEPARATOR.match(nxt.strip()):
                continue  # separator or header row
            first = cells(s)[0]
            if first:
                titles.add(first)
            continue
        m = BULLET_BOLD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.add(m.group(1).strip())
            continue
        if markdown:
            if s.startswith("#"):
                sections.add(s.lstrip("#").strip())
        elif plain_heading(s):
            sections.add(s)
    return {"internal": meta.get("audience", "").lower() == "internal",
            "sections": sections, "titles": titles}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefings", default=os.path.join(HERE, "briefings"))
    ap.add_argument("--questions", default=os.path.join(HERE, "questions.tsv"))
    a = ap.parse_args()

    docs = {}
    for root, dirs, files in os.walk(a.briefings):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                p = os.path.join(root, fn)
                docs[os.path.relpath(p, a.briefings)] = parse(p)

    errors = []
    with open(a.questions, encoding="utf-8") as f:
        rows = f.read().splitlines()
    if not rows or rows[0].split("\t") != HEADER:
        errors.append("line 1: header must be " + "\\t".join(HEADER))
    ids = set()
    cats = collections.Counter()
    cat_aud = collections.Counter()
    for n, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        c = row.split("\t")
        if len(c) != 6:
            errors.append(f"line {n}: {len(c)} columns, want 6")
            continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.sub(r"\d+$", "", qid)
        cats[cat] += 1
        cat_aud[(cat, aud)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {n}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        d = docs.get(doc)
        if d is None:
            errors.append(f"line {n}: no document {doc!r}")
            continue
        pool = d["titles"] if match == "title" else d["sections"]
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not found in {doc}")
        if aud == "public" and d["internal"]:
            errors.append(f"line {n}: public row expects internal document {doc}")

    print(f"{len(docs)} briefings ({sum(d['internal'] for d in docs.values())} internal), "
          f"{sum(len(d['titles']) for d in docs.values())} titled entries, "
          f"{sum(len(d['sections']) for d in docs.values())} headings")
    print(f"{sum(cats.values())} questions")
    for cat in sorted(cats):
        split = ", ".join(f"{aud} {cat_aud[(cat, aud)]}" for aud in ("public", "internal")
                          if cat_aud[(cat, aud)])
        print(f"  {cat:6} {cats[cat]:4}  ({split})")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
