#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings (the simple parse the README describes).

Checks: header, six tab-separated columns, unique ids, known audience/match values,
every expected title (bullet name or table row's first cell) or section (heading) exists
in the named document, `none` rows are `- -`, and no public row expects an internal document.
Prints counts per category (the id's letter prefix) and OK.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]


def front_matter(lines):
    """Return (dict, index of first body line)."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    l = l.split(" #")[0]
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"')
                return meta, i + 1
    return meta, 0


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_sep(line):
    return "|" in line and re.fullmatch(r"[\s|:\-]+", line) is not None and "-" in line


def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta, start = front_matter(lines)
    md = path.endswith((".md", ".markdown"))
    titles, sections = set(), set()
    body = lines[start:]
    for i, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", line) or re.match(r"^[-*]\s+([^:]{1,80}):\s", line)
        if m:
            titles.add(m.group(1).strip())
            continue
        if "|" in line:
            if is_sep(line):
                continue
            nxt = body[i + 1].strip() if i + 1 < len(body) else ""
            if is_sep(nxt):  # header row
                continue
            titles.add(cells(line)[0])
            continue
        if md:
            m = re.match(r"^#{1,6}\s+(.*)$", line)
            if m:
                sections.add(m.group(1).strip())
        elif len(line) <= 80 and not re.search(r"[.:;!?,]$", line) and not line.startswith(("-", "*")):
            sections.add(line)
    return meta, titles, sections


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")) and f != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, f), BRIEFINGS)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    errors = []
    counts = collections.Counter()
    ids = set()
    with open(QUESTIONS, encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    for n, row in enumerate(rows[1:], 2):
        if not row.strip():
            continue
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        rid, aud, match, doc, exp, q = cols
        if rid in ids:
            errors.append(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        counts[re.match(r"[a-z]+", rid).group(0)] += 1
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
            errors.append(f"line {n}: unknown document {doc}")
            continue
        _, titles, sections = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"line {n}: public row expects internal document {doc}")
    print(f"{len(docs)} briefings ({len(internal)} internal: {', '.join(sorted(internal))})")
    for cat, c in sorted(counts.items()):
        print(f"{cat:5} {c}")
    print(f"total {sum(counts.values())}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
