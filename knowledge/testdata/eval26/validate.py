#!/usr/bin/env python3
"""Validate questions.tsv against briefings/ using the simple layout rules
in the briefbot README ("The knowledge directory, for curators").

Usage: python3 validate.py [questions.tsv] [briefings_dir]
"""
import os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.tsv")
KDIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "briefings")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:")      # * **Name**: text
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?)\s*:\s")  # - Name: text
SEP_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def split_front_matter(lines):
    """Return (meta, body_lines). Front matter is a leading '---' ... '---' block."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    l = l.split(" #")[0]
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.strip().strip("'\"")
                return meta, lines[i + 1:]
    return meta, lines


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
    meta, body = split_front_matter(lines)
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    in_table = False
    for idx, raw in enumerate(body):
        line = raw.strip()
        if not line:
            in_table = False
            continue
        if "|" in line and (line.startswith("|") or line.endswith("|") or
                            (idx + 1 < len(body) and SEP_ROW.match(body[idx + 1].strip()))):
            if SEP_ROW.match(line):
                continue
            nxt = body[idx + 1].strip() if idx + 1 < len(body) else ""
            if not in_table and SEP_ROW.match(nxt):   # header row
                in_table = True
                continue
            in_table = True
            titles.append(cells(line)[0])
            continue
        in_table = False
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if re.match(r"^[-*+]\s", line):
            continue  # bullet without a name
        if markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        else:
            if len(line) <= 90 and not re.search(r"[.!;:,]$", line):
                sections.append(line)
    return meta, sections, titles


def main():
    problems = []
    docs = {}
    for root, dirs, files in os.walk(KDIR):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                p = os.path.join(root, fn)
                docs[os.path.relpath(p, KDIR)] = parse(p)
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}

    with open(QFILE, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f]
    if rows[0].split("\t") != HEADER:
        problems.append("header: expected %r, got %r" % ("\t".join(HEADER), rows[0]))
    seen = set()
    cats = Counter()
    for n, line in enumerate(rows[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {n}: {len(cols)} columns, want 6")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in seen:
            problems.append(f"line {n}: duplicate id {qid}")
        seen.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0) if re.match(r"[a-z]+", qid) else qid] += 1
        if aud not in ("public", "internal"):
            problems.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            problems.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                problems.append(f"line {n}: none row must have docs '-' and expected '-'")
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
            problems.append(f"line {n}: {match} {exp!r} not found in {doc}")
        if aud == "public" and doc in internal:
            problems.append(f"line {n}: public row expects internal document {doc}")

    print("documents: %d (internal: %s)" % (len(docs), ", ".join(sorted(internal)) or "none"))
    for d in sorted(docs):
        meta, s, t = docs[d]
        print(f"  {d}: {len(s)} sections, {len(t)} bullets/rows")
    print("questions per category:")
    for c, k in cats.items():
        print(f"  {c:5s} {k}")
    print(f"  total {sum(cats.values())}")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
