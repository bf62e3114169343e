#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curators' section
describes: optional YAML-ish front matter; Markdown headings are '#'
lines; plain-text headings are short lines of their own that do not end
like a sentence; entries are bullets ('- Name: text', '* **Name**: text')
and table rows (first cell, header and separator rows skipped).
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*(?P<b>[^*]+)\*\*\s*:|(?P<p>[^:]{1,80}):\s)")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for l in lines[1:j]:
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip()
                i = j + 1
                break
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    body = lines[i:]
    for n, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if "|" in line:
            if SEP.match(line) or SEP.match(nxt):
                continue  # separator or header row
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells and cells[0]:
                titles.append(cells[0])
            continue
        m = BULLET.match(raw)
        if m:
            titles.append((m.group("b") or m.group("p")).strip())
            continue
        if md:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        elif len(line) <= 80 and not line.endswith((".", "!", ";", ",", ":")):
            sections.append(line)
    return meta, sections, titles


def main():
    docs = {}
    for root, _, files in os.walk(BRIEF):
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    errors = []
    rows = open(QUESTIONS, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0].split("\t") != HEADER:
        errors.append(f"header: {rows[0]!r}")
    ids, counts = set(), collections.Counter()
    for ln, row in enumerate(rows[1:], 2):
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append(f"line {ln}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        counts[re.sub(r"\d+$", "", qid)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {ln}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {ln}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"line {ln}: none row must be '- -'")
        elif match in ("title", "section"):
            if doc not in docs:
                errors.append(f"line {ln}: unknown document {doc}")
                continue
            _, secs, titles = docs[doc]
            pool = titles if match == "title" else secs
            if exp not in pool:
                errors.append(f"line {ln}: {match} {exp!r} not in {doc}")
            if aud == "public" and doc in internal:
                errors.append(f"line {ln}: public row expects internal {doc}")
        else:
            errors.append(f"line {ln}: match {match!r}")
    print(f"{len(docs)} documents ({len(internal)} internal: {', '.join(sorted(internal))})")
    for d in sorted(docs):
        print(f"  {d}: {len(docs[d][1])} sections, {len(docs[d][2])} entries")
    for cat, n in sorted(counts.items()):
        print(f"{cat:6} {n}")
    print(f"total  {sum(counts.values())}")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
