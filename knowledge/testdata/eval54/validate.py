#!/usr/bin/env python3
"""Validate the eval54 question set against its briefings.

Parses the briefings the simple way the briefbot README describes:
front matter between '---' lines; Markdown headings are '#' lines; in plain
text a heading is a short line of its own that does not end like a sentence;
entries are bullets ('- Name: text', '* **Name**: text'), table rows (first
cell is the title; the row above the '---|' separator is the header) and
sections (titled by their heading).

Usage: validate.py [--list]   (run from anywhere; paths are relative to this file)
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
CATEGORIES = ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]

BULLET = re.compile(r"^\s*[-*+]\s+(?:\*\*(?P<b>[^*]+?)\*\*\s*:|(?P<p>[^:]{1,80}?):)\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    meta = {}
    i = 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            k, _, v = lines[j].partition(":")
            meta[k.strip()] = v.split("#")[0].strip().strip('"')
            j += 1
        i = j + 1
    md = path.endswith((".md", ".markdown"))
    titles, sections = set(), []
    body = lines[i:]
    for n, line in enumerate(body):
        s = line.strip()
        if not s:
            continue
        nxt = body[n + 1] if n + 1 < len(body) else ""
        if "|" in s:
            if SEP.match(s):
                continue
            if SEP.match(nxt.strip()):
                continue  # header row
            titles.add(cells(s)[0])
            continue
        m = BULLET.match(line)
        if m:
            titles.add((m.group("b") or m.group("p")).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        else:
            if len(s) <= 80 and not re.search(r"[.:;,!]$", s) and not s.startswith(("-", "*")):
                sections.append(s)
    if not meta.get("title") and sections:
        meta["title"] = sections[0]
    return meta, titles, sections


def load():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in sorted(files):
            if f.endswith((".md", ".markdown", ".txt")) and f != "synonyms.txt":
                p = os.path.join(root, f)
                docs[os.path.relpath(p, BRIEF)] = parse(p)
    return docs


def main():
    docs = load()
    if "--list" in sys.argv:
        for d, (meta, titles, sections) in sorted(docs.items()):
            print(f"== {d} audience={meta.get('audience', 'public')}")
            print("  sections:", " | ".join(sections))
            print("  titles:", " | ".join(sorted(titles)))
        return 0
    errors = []
    internal = {d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"}
    if len(internal) != 1:
        errors.append(f"expected exactly one internal document, found {sorted(internal)}")
    rows = open(QUESTIONS, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    ids = set()
    counts = collections.Counter()
    aud = collections.Counter()
    for ln, row in enumerate(rows[1:], 2):
        f = row.split("\t")
        if len(f) != 6:
            errors.append(f"line {ln}: {len(f)} columns")
            continue
        qid, audience, match, doc, expected, question = f
        if qid in ids:
            errors.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        cat = re.sub(r"\d+$", "", qid)
        if cat not in CATEGORIES:
            errors.append(f"line {ln}: unknown category {cat}")
        counts[cat] += 1
        aud[audience] += 1
        if audience not in ("public", "internal"):
            errors.append(f"line {ln}: bad audience {audience}")
        if not question.strip():
            errors.append(f"line {ln}: empty question")
        if match == "none":
            if (doc, expected) != ("-", "-"):
                errors.append(f"line {ln}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {ln}: bad match {match}")
            continue
        if doc not in docs:
            errors.append(f"line {ln}: no document {doc}")
            continue
        meta, titles, sections = docs[doc]
        pool = titles if match == "title" else sections
        if expected not in pool:
            errors.append(f"line {ln}: {match} {expected!r} not in {doc}")
        if audience == "public" and doc in internal:
            errors.append(f"line {ln}: public row expects the internal document")
    for e in errors:
        print("ERROR", e)
    print(f"{len(docs)} documents, {sum(len(t) for _, t, _ in docs.values())} named entries, "
          f"{sum(len(s) for _, _, s in docs.values())} sections")
    print(f"{len(rows) - 1} questions; audience: " + ", ".join(f"{k} {v}" for k, v in sorted(aud.items())))
    for c in CATEGORIES:
        print(f"  {c:5} {counts[c]}")
    if errors:
        print(f"FAILED: {len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
