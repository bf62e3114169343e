#!/usr/bin/env python3
"""Validate the eval44 question set against its briefings.

Parses the briefings the simple way the curators' README describes
(front matter, Markdown '#' headings or short plain-text heading lines,
'- Name: text' and '* **Name**: text' bullets, table rows titled by their
first cell) and checks questions.tsv: header, six columns, unique ids,
allowed values, that every expected title/section exists in the named
document, that none rows are '- -', and that no public row expects an
internal document. Prints counts per category and OK.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_BOLD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:?\s*(.*)$")
BULLET_NAMED = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?):\s+(.*)$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    l = l.split(" #")[0]
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"')
                return meta, lines[i + 1:]
    return meta, lines


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def plain_heading(line):
    s = line.strip()
    if not s or len(s) > 90 or len(s.split()) > 12:
        return False
    if s[0] in "-*+|" or "|" in s:
        return False
    return not re.search(r"[.:;,!?]$", s)


def parse(path):
    md = path.endswith((".md", ".markdown"))
    lines = open(path, encoding="utf-8").read().splitlines()
    meta, body = front_matter(lines)
    sections, titles = [], []
    for i, line in enumerate(body):
        s = line.strip()
        if not s:
            continue
        if SEPARATOR.match(s):
            continue
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if "|" in s and SEPARATOR.match(nxt):
            continue  # a table's header row
        if "|" in s and not s.startswith(("-", "*")):
            titles.append(cells(s)[0])
            continue
        m = BULLET_BOLD.match(line) or BULLET_NAMED.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif plain_heading(s):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in sorted(files):
            if f.endswith((".md", ".markdown", ".txt")):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    errors = []
    for rel, (meta, secs, titles) in sorted(docs.items()):
        aud = "internal" if meta.get("audience") == "internal" else "public"
        print(f"{rel}: {aud}, {len(secs)} sections, {len(titles)} entries")
        dup = [t for t, n in collections.Counter(titles).items() if n > 1]
        if dup:
            errors.append(f"{rel}: duplicate entry names {dup}")
    rows = open(QFILE, encoding="utf-8").read().splitlines()
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids, cats, kinds = set(), collections.Counter(), collections.Counter()
    for n, row in enumerate(rows[1:], 2):
        if not row.strip():
            continue
        f = row.split("\t")
        if len(f) != 6:
            errors.append(f"line {n}: {len(f)} columns")
            continue
        qid, aud, match, doc, exp, q = f
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.sub(r"\d+$", "", qid)
        cats[cat] += 1
        kinds[(aud, match)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if match not in ("title", "section", "none"):
            errors.append(f"line {n}: match {match!r}")
        if not q.strip() or q != q.strip():
            errors.append(f"line {n}: empty or padded question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {n}: none row must be '- -'")
            continue
        if doc not in docs:
            errors.append(f"line {n}: unknown document {doc!r}")
            continue
        meta, secs, titles = docs[doc]
        if aud == "public" and meta.get("audience") == "internal":
            errors.append(f"line {n}: public row expects internal {doc}")
        pool = titles if match == "title" else secs
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
    print("rows:", sum(cats.values()))
    for c, k in sorted(cats.items()):
        print(f"  {c}: {k}")
    for (a, m), k in sorted(kinds.items()):
        print(f"  {a}/{m}: {k}")
    if errors:
        print("\n".join(errors))
        print("FAILED", len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
