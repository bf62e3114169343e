#!/usr/bin/env python3
"""Validate eval21: parse the briefings the simple way the README's curators'
section describes, and check questions.tsv against them.

Usage: python3 validate.py [OUTDIR]   (default: this script's directory)
"""
import collections
import os
import re
import sys

HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
SENTENCE_END = (".", "!", "?", ":", ";", ",")


def front_matter(lines):
    """Return (dict, index of the first body line). Simple key: value YAML."""
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for ln in lines[1:i]:
                    ln = ln.split(" #", 1)[0]
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"\'')
                return meta, i + 1
        raise ValueError("unterminated front matter")
    return meta, 0


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_separator(line):
    return "|" in line and re.fullmatch(r"[\s|:\-]+", line) is not None and "-" in line


BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
BOLD_NAME = re.compile(r"^\*\*(.+?)\*\*\s*:\s*(.*)$")
PLAIN_NAME = re.compile(r"^([^:]{1,80}?):\s+(.*)$")


def parse(path):
    """Return dict with sections, titles (bullet names + table first cells), audience."""
    text = open(path, encoding="utf-8").read()
    lines = text.splitlines()
    meta, start = front_matter(lines)
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    kinds = collections.Counter()
    body = lines[start:]
    i = 0
    while i < len(body):
        raw = body[i]
        line = raw.strip()
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if not line:
            i += 1
            continue
        if "|" in line and is_separator(nxt):      # table header row
            i += 2
            while i < len(body) and "|" in body[i] and body[i].strip():
                first = cells(body[i])[0]
                if first:
                    titles.append(first)
                    kinds["row"] += 1
                i += 1
            continue
        m = BULLET.match(raw)
        if m:
            item = m.group(1)
            bm = BOLD_NAME.match(item) or PLAIN_NAME.match(item)
            if bm:
                titles.append(bm.group(1).strip())
            kinds["bullet"] += 1
            i += 1
            continue
        if markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        else:
            if len(line) <= 80 and not line.endswith(SENTENCE_END) and "|" not in line:
                sections.append(line)
        i += 1
    return {"meta": meta, "sections": sections, "titles": titles, "kinds": kinds,
            "audience": "internal" if meta.get("audience") == "internal" else "public"}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bdir = os.path.join(out, "briefings")
    errors = []
    docs = {}
    for root, dirs, files in os.walk(bdir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in sorted(files):
            if f.endswith((".md", ".markdown", ".txt")) and f != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, f), bdir)
                docs[rel] = parse(os.path.join(root, f))
    internal = [d for d, v in docs.items() if v["audience"] == "internal"]
    print(f"{len(docs)} briefings, {sum(os.path.getsize(os.path.join(bdir, d)) for d in docs)} bytes")
    for d, v in sorted(docs.items()):
        n = v["kinds"]["bullet"] + v["kinds"]["row"]
        print(f"  {d}: {len(v['sections'])} sections, {v['kinds']['bullet']} bullets, "
              f"{v['kinds']['row']} rows ({n} entries), {v['audience']}")
        if not 5 <= len(v["sections"]) <= 8:
            errors.append(f"{d}: {len(v['sections'])} sections, want 5-8")
        if not 14 <= n <= 22:
            errors.append(f"{d}: {n} bullets/rows, want 14-22")
    if len(internal) != 1:
        errors.append(f"want exactly one internal briefing, got {internal}")

    qpath = os.path.join(out, "questions.tsv")
    lines = open(qpath, encoding="utf-8").read().splitlines()
    if lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0]!r}")
    ids = set()
    cats = collections.Counter()
    detail = collections.Counter()
    for n, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        detail[(cat, aud, match)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {n}: none row must be '- -', got {doc!r} {exp!r}")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: no document {doc!r}")
            continue
        pool = docs[doc]["titles"] if match == "title" else docs[doc]["sections"]
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and docs[doc]["audience"] == "internal":
            errors.append(f"line {n}: public row expects internal document {doc}")
    print(f"{len(lines) - 1} questions")
    for cat in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"] + \
            sorted(set(cats) - {"para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"}):
        parts = ", ".join(f"{a}/{m}: {c}" for (k, a, m), c in sorted(detail.items()) if k == cat)
        print(f"  {cat:5} {cats[cat]:3}   ({parts})")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
