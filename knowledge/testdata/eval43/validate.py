#!/usr/bin/env python3
"""Validate the eval43 question set against its briefings.

Parses the briefings the simple way the curators' README describes:
  * optional YAML-ish front matter between two `---` lines (only `audience` is used);
  * Markdown (.md/.markdown): a `#` line is a section heading;
  * plain text (.txt): a short line of its own that does not end like a
    sentence (and is not a bullet or table row) is a section heading;
  * bullets `- Name: text` / `* **Name**: text` are entries titled Name;
  * table rows after a `---|---` separator are entries titled by their first cell.
Then checks questions.tsv: the header, six columns, unique ids, known audience
and match values, that each expected title/section exists in the named document,
that `none` rows are `- -`, and that no public row expects the internal document.
Prints counts per category (the id's alphabetic prefix) and OK.

Usage: validate.py [--list]   (--list prints every document's sections and entries)
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
BOLD_NAME = re.compile(r"^\*\*(.+?)\*\*\s*:\s*(.*)$")
PLAIN_NAME = re.compile(r"^([^:]{1,80}?):\s+(.*)$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def norm(s):
    return re.sub(r"\s+", " ", s.strip()).casefold()


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_plain_heading(line):
    s = line.strip()
    if not s or len(s) > 80 or len(s.split()) > 12:
        return False
    if BULLET.match(line) or "|" in s:
        return False
    return s[-1] not in ".!?:;,"


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    audience = "public"
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for fm in lines[1:j]:
                    m = re.match(r"^\s*audience\s*:\s*([^#]*)", fm)
                    if m and m.group(1).strip().strip("'\"") == "internal":
                        audience = "internal"
                i = j + 1
                break
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    in_table = False
    for k in range(i, len(lines)):
        line = lines[k]
        s = line.strip()
        if not s:
            in_table = False
            continue
        if SEPARATOR.match(s) and "|" in s or re.match(r"^-{3,}(\|-{3,})*\|?$", s):
            in_table = True
            continue
        if "|" in s:
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if not in_table and SEPARATOR.match(nxt):
                continue  # header row
            if in_table:
                first = cells(s)[0]
                if first:
                    titles.append(first)
                continue
        in_table = False
        if markdown and s.startswith("#"):
            sections.append(s.lstrip("#").strip())
            continue
        m = BULLET.match(line)
        if m:
            body = m.group(1).strip()
            mb = BOLD_NAME.match(body) or PLAIN_NAME.match(body)
            if mb:
                titles.append(mb.group(1).strip())
            continue
        if not markdown and is_plain_heading(line):
            sections.append(s)
    return audience, sections, titles


def main():
    docs = OrderedDict()
    for root, dirs, files in os.walk(BRIEFINGS):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(files):
            if name.endswith((".md", ".markdown", ".txt")) and name != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, name), BRIEFINGS)
                docs[rel] = parse(os.path.join(root, name))
    if "--list" in sys.argv:
        for rel, (aud, secs, titles) in docs.items():
            print(f"{rel} [{aud}] {len(secs)} sections, {len(titles)} entries")
            print("  sections:", " / ".join(secs))
            print("  entries: ", " / ".join(titles))
        return 0

    errors = []
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip()]
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids = set()
    cats = Counter()
    per = Counter()
    for n, line in enumerate(rows[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"^[a-z]+", qid)
        cats[cat.group(0) if cat else "?"] += 1
        per[(cat.group(0) if cat else "?", aud, match)] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {n}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: unknown document {doc!r}")
            continue
        daud, secs, titles = docs[doc]
        pool = secs if match == "section" else titles
        if norm(exp) not in {norm(x) for x in pool}:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and daud == "internal":
            errors.append(f"line {n}: public row expects internal document {doc}")
    print(f"{len(docs)} documents, {sum(len(d[1]) for d in docs.values())} sections, "
          f"{sum(len(d[2]) for d in docs.values())} entries; {len(rows) - 1} questions")
    for c, k in sorted(cats.items()):
        print(f"  {c:6} {k}")
    print("  by category/audience/match:",
          ", ".join(f"{c}/{a}/{m}={k}" for (c, a, m), k in sorted(per.items())))
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
