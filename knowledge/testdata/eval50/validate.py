#!/usr/bin/env python3
"""Validate the eval50 question set against its briefings.

Parses the briefings the simple way the briefbot README describes
(front matter, Markdown '#' headings or plain-text short heading lines,
'- Name: text' / '* **Name**: text' bullets, table rows whose first cell
is the title) and checks questions.tsv.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BULLET_MD = re.compile(r"^[-*]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET = re.compile(r"^[-*]\s+([^:]{1,80}?):\s+(.*)$")


def front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.split("#")[0].strip().strip('"')
                return meta, lines[i + 1:]
    return meta, lines


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def is_plain_heading(line):
    s = line.strip()
    if not s or s.startswith(("-", "*", "|")) or "|" in s:
        return False
    if s[-1] in ".!?:;,":
        return False
    return len(s) <= 80 and len(s.split()) <= 10


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, body = front_matter(lines)
    md = path.endswith((".md", ".markdown"))
    sections, titles, rows = [], [], []
    for i, line in enumerate(body):
        s = line.strip()
        if not s:
            continue
        if SEP.match(s):
            continue
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if "|" in s and SEP.match(nxt):
            continue  # table header
        if "|" in s:
            c = cells(s)
            if c and c[0]:
                rows.append(c[0])
            continue
        m = BULLET_MD.match(s) or BULLET.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.append(s.lstrip("#").strip())
        elif is_plain_heading(s):
            sections.append(s)
    return meta, sections, titles, rows


def main():
    ok = True
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (m, *_rest) in docs.items() if m.get("audience") == "internal"}
    print("briefings: %d (internal: %s)" % (len(docs), ", ".join(sorted(internal))))
    for d, (m, secs, titles, rows) in sorted(docs.items()):
        print("  %-42s sections=%d bullets=%d rows=%d" % (d, len(secs), len(titles), len(rows)))
    if len(internal) != 1:
        print("ERROR: expected exactly one internal briefing"); ok = False

    lines = open(QUESTIONS, encoding="utf-8").read().rstrip("\n").split("\n")
    head = lines[0].split("\t")
    if head != HEADER:
        print("ERROR: header is %r" % head); ok = False
    ids = set()
    cats = collections.Counter()
    auds = collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 6:
            print("ERROR line %d: %d columns" % (n, len(f))); ok = False; continue
        qid, aud, match, doc, exp, q = f
        if qid in ids:
            print("ERROR line %d: duplicate id %s" % (n, qid)); ok = False
        ids.add(qid)
        cats[re.sub(r"\d+$", "", qid)] += 1
        auds[aud] += 1
        if aud not in ("public", "internal"):
            print("ERROR line %d: audience %r" % (n, aud)); ok = False
        if not q.strip():
            print("ERROR line %d: empty question" % n); ok = False
        if match == "none":
            if (doc, exp) != ("-", "-"):
                print("ERROR line %d: none row must be '- -'" % n); ok = False
            continue
        if match not in ("title", "section"):
            print("ERROR line %d: match %r" % (n, match)); ok = False; continue
        if doc not in docs:
            print("ERROR line %d: no document %r" % (n, doc)); ok = False; continue
        if aud == "public" and doc in internal:
            print("ERROR line %d: public row expects the internal document" % n); ok = False
        meta, secs, titles, rows = docs[doc]
        pool = secs if match == "section" else titles + rows
        if exp not in pool:
            print("ERROR line %d: %s %r not in %s" % (n, match, exp, doc)); ok = False
    print("questions: %d  (%s)" % (len(lines) - 1, ", ".join("%s=%d" % kv for kv in sorted(auds.items()))))
    for c, k in sorted(cats.items()):
        print("  %-5s %d" % (c, k))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
