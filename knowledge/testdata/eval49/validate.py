#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curators' section describes:
optional YAML-ish front matter between '---' lines (audience: internal marks a
document internal); in Markdown a '#' line is a heading, in plain text a short
line of its own that does not end like a sentence; entries are bullets
('- Name: text' or '* **Name**: text'), table rows (first cell is the title;
the header row and the '---' separator are not entries) and section text.
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET_MD = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?)\s*:\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


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
    meta = {}
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            l = l.split("#", 1)[0]
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.strip()
        lines = lines[end + 1:]
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            in_table = False
            continue
        if "|" in s and s.count("|") >= 2:
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not in_table and SEP.match(nxt):
                in_table = True  # header row
                continue
            titles.append(cells(s)[0])
            continue
        in_table = False
        m = BULLET_MD.match(s) or BULLET_PLAIN.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if re.match(r"^\s*[-*+]\s", s):
            continue  # a bullet without a name
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif len(s) <= 90 and not re.search(r"[.!;:,]$", s):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for root, _, files in os.walk(BRIEF):
        for n in files:
            if n.endswith((".md", ".markdown", ".txt")):
                p = os.path.join(root, n)
                docs[os.path.relpath(p, BRIEF)] = parse(p)
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    errors = []
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append("bad header: %r" % rows[0])
    ids, counts = set(), collections.Counter()
    for n, r in enumerate(rows[1:], 2):
        c = r.split("\t")
        if len(c) != 6:
            errors.append(f"line {n}: {len(c)} columns")
            continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        counts[re.sub(r"\d+$", "", qid)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {n}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: no document {doc}")
            continue
        _, sections, titles = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"line {n}: public row expects internal document {doc}")
    for d, (m, s, t) in sorted(docs.items()):
        print(f"{d}: {len(s)} sections, {len(t)} named entries{' (internal)' if d in internal else ''}")
    print()
    for k, v in counts.items():
        print(f"{k:5} {v}")
    print(f"total {sum(counts.values())}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
