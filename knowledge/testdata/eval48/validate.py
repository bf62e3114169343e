#!/usr/bin/env python3
"""Validate eval48: briefings parse the simple way the README describes, and
questions.tsv is well formed and points at entries that exist.

Usage: python3 validate.py [OUTDIR]   (default: the directory of this script)
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
SEP_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MD_BULLET_RE = re.compile(r"^[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
TXT_BULLET_RE = re.compile(r"^[*-]\s+([^:]{1,80}?):\s+(.*)$")


def split_front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for ln in lines[1:i]:
                    ln = ln.split("#", 1)[0] if " #" in ln else ln
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"')
                return meta, lines[i + 1:]
        raise ValueError("unterminated front matter")
    return meta, lines


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    """Return (meta, headings, titles) for one briefing."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta, body = split_front_matter(lines)
    markdown = path.endswith((".md", ".markdown"))
    headings, titles = [], []
    ncols = None
    for i, raw in enumerate(body):
        line = raw.strip()
        if not line:
            ncols = None
            continue
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if SEP_RE.match(line):
            continue
        if "|" in line:
            c = cells(line)
            if SEP_RE.match(nxt):          # header row
                ncols = len(c)
                continue
            if ncols is not None and len(c) != ncols:
                raise ValueError(f"{path}: table row with {len(c)} cells, header has {ncols}: {line}")
            titles.append(c[0])
            continue
        ncols = None
        m = MD_BULLET_RE.match(line) or TXT_BULLET_RE.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if markdown:
            if line.startswith("#"):
                headings.append(line.lstrip("#").strip())
            continue
        # plain text: a short line of its own that does not end like a sentence
        if len(line) <= 80 and not line.endswith((".", ":", ";", ",", "!")):
            headings.append(line)
    return meta, headings, titles


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bdir = os.path.join(outdir, "briefings")
    docs = OrderedDict()
    for name in sorted(os.listdir(bdir)):
        if name.endswith((".md", ".markdown", ".txt")):
            docs[name] = parse(os.path.join(bdir, name))
    errors = []
    internal = {n for n, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    if len(internal) != 1:
        errors.append(f"expected exactly one internal briefing, found {sorted(internal)}")
    for n, (meta, heads, titles) in docs.items():
        print(f"{n}: {len(heads)} headings, {len(titles)} entries, audience={meta.get('audience', 'public')}")
        dup = [t for t, k in Counter(titles).items() if k > 1]
        if dup:
            errors.append(f"{n}: duplicate entry names {dup}")

    with open(os.path.join(outdir, "questions.tsv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids, cats = set(), Counter()
    for ln, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        c = row.split("\t")
        if len(c) != 6:
            errors.append(f"line {ln}: {len(c)} columns")
            continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errors.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {ln}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {ln}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {ln}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {ln}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {ln}: unknown document {doc!r}")
            continue
        _, heads, titles = docs[doc]
        pool = titles if match == "title" else heads
        if exp not in pool:
            errors.append(f"line {ln}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"line {ln}: public row expects internal document {doc}")

    print()
    for cat, n in cats.most_common():
        print(f"{cat:6s} {n}")
    print(f"total  {sum(cats.values())}")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
