#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way briefbot's README describes for curators:
  * optional front matter between '---' lines (only `audience` matters here);
  * Markdown (.md/.markdown): a heading is a '#' line;
    plain text (.txt): a heading is a short line of its own that does not
    end like a sentence and is not a bullet or table row;
  * entries: bullets ('- Name: text', '* **Name**: text') and table rows
    (the first cell of each non-header, non-separator row).
Checks the header, six columns, unique ids, known audiences and match
kinds, that `none` rows are '- -', that every expected title/section exists
in the named document, and that no public row expects an internal document.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUEST = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

SEP_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    meta = {}
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for ln in lines[1:j]:
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip().strip("\"'")
                i = j + 1
                break
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    in_table = False
    for ln in lines[i:]:
        s = ln.strip()
        if not s:
            in_table = False
            continue
        if "|" in s and not s.startswith(("- ", "* ")):
            if SEP_RE.match(s):
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not in_table:
                in_table = True  # header row
                continue
            titles.append(cells[0])
            continue
        in_table = False
        if s.startswith(("- ", "* ")):
            body = s[2:].strip()
            m = re.match(r"^\*\*(.+?)\*\*\s*:", body)
            if m:
                titles.append(m.group(1).strip())
            elif ":" in body:
                titles.append(body.split(":", 1)[0].strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
            continue
        if len(s) <= 80 and len(s.split()) <= 12 and not re.search(r"[.!;:,]$", s):
            sections.append(s)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for fn in files:
            if fn.endswith((".md", ".markdown", ".txt")) and fn != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, fn), BRIEF)
                docs[rel] = parse(os.path.join(root, fn))
    errors = []
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    print(f"{len(docs)} briefings, internal: {sorted(internal)}")
    for d, (m, secs, tit) in sorted(docs.items()):
        print(f"  {d}: {len(secs)} sections, {len(tit)} entries")

    with open(QUEST, encoding="utf-8") as f:
        rows = f.read().split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids = set()
    cats = OrderedDict()
    for n, r in enumerate(rows[1:], start=2):
        c = r.split("\t")
        if len(c) != 6:
            errors.append(f"line {n}: {len(c)} columns")
            continue
        qid, aud, match, doc, exp, text = c
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"^[a-z]+", qid).group(0)
        cats[cat] = cats.get(cat, Counter())
        cats[cat][aud] += 1
        if aud not in ("public", "internal"):
            errors.append(f"{qid}: bad audience {aud!r}")
        if not text.strip():
            errors.append(f"{qid}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"):
                errors.append(f"{qid}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"{qid}: bad match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"{qid}: unknown document {doc!r}")
            continue
        meta, secs, tit = docs[doc]
        pool = tit if match == "title" else secs
        if exp not in pool:
            errors.append(f"{qid}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            errors.append(f"{qid}: public row expects internal document {doc}")
    total = 0
    for cat, cnt in cats.items():
        n = sum(cnt.values())
        total += n
        extra = "" if set(cnt) == {"public"} else f" ({', '.join(f'{k} {v}' for k, v in sorted(cnt.items()))})"
        print(f"{cat:5} {n:4}{extra}")
    print(f"total {total}")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
