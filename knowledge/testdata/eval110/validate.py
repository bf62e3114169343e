#!/usr/bin/env python3
"""Check questions.tsv against the briefings in briefings/.

Every title question must name an entry (a bullet name, a table row's
first cell, or a section heading) of the document it names, and every
section question a heading of that document. none questions must name no
document or expected answer. Ids must be unique, audiences public or
internal, and the category (the id's prefix) one of the known ones.
Also prints the entry count of each briefing (12 to 20 expected).
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
CATS = {"para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"}

BULLET_MD = re.compile(r"^[-*]\s+\*\*(.+?)\*\*\s*:\s*(.+)$")
BULLET_PLAIN = re.compile(r"^[-*]\s+([^:]{1,80}?):\s+(.+)$")
SEP = re.compile(r"^\|?\s*:?-{3,}")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    """Return (headings, titles, entry_count, internal) for one briefing."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    internal = False
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for fm in lines[1:end]:
            if re.match(r"^audience:\s*internal\b", fm.strip()):
                internal = True
        lines = lines[end + 1:]
    md = path.endswith(".md")
    headings, titles = [], []
    count = 0
    section_has_text = False
    in_table = False

    def close_section():
        nonlocal count, section_has_text
        if section_has_text:
            count += 1
        section_has_text = False

    for raw in lines:
        line = raw.strip()
        if not line:
            in_table = False
            continue
        if "|" in line and (line.startswith("|") or line.endswith("|")):
            if SEP.match(line):
                continue
            if not in_table:
                in_table = True  # header row
                continue
            first = cells(line)[0]
            titles.append(first)
            count += 1
            continue
        in_table = False
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            count += 1
            continue
        if line.startswith(("- ", "* ")):
            count += 1
            continue
        is_heading = False
        if md:
            if line.startswith("#"):
                is_heading = True
                line = line.lstrip("#").strip()
        elif len(line) <= 70 and not re.search(r"[.!?:;,]$", line):
            is_heading = True
        if is_heading:
            close_section()
            headings.append(line)
            titles.append(line)
        else:
            section_has_text = True
    close_section()
    return headings, titles, count, internal


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    problems = []
    internal_docs = [d for d, v in docs.items() if v[3]]
    if len(docs) != 13:
        problems.append(f"expected 13 briefings, found {len(docs)}")
    if len(internal_docs) != 1:
        problems.append(f"expected exactly one internal briefing, found {internal_docs}")
    for name, (heads, titles, count, internal) in docs.items():
        flag = " (internal)" if internal else ""
        print(f"{count:3d} entries  {len(heads):2d} sections  {name}{flag}")
        if not 12 <= count <= 20:
            problems.append(f"{name}: {count} entries, outside 12-20")

    seen = set()
    cats = collections.Counter()
    path = os.path.join(HERE, "questions.tsv")
    with open(path, encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if not rows or not rows[0].startswith("#id\taudience\tmatch\tdocs\texpected\tquestion"):
        problems.append("questions.tsv: missing header")
    for n, row in enumerate(rows[1:], start=2):
        if not row or row.startswith("#"):
            continue
        parts = row.split("\t")
        if len(parts) != 6:
            problems.append(f"line {n}: {len(parts)} columns, want 6")
            continue
        qid, aud, match, doc, exp, q = parts
        where = f"line {n} ({qid})"
        if qid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(qid)
        cat = qid.split("-")[0]
        cats[cat] += 1
        if cat not in CATS:
            problems.append(f"{where}: unknown category {cat!r}")
        if aud not in ("public", "internal"):
            problems.append(f"{where}: audience {aud!r}")
        if not q.strip():
            problems.append(f"{where}: empty question")
        if match == "none":
            if doc or exp:
                problems.append(f"{where}: none question names a document or answer")
            if cat not in ("none", "leak"):
                problems.append(f"{where}: none answer in category {cat}")
            continue
        if cat in ("none", "leak"):
            problems.append(f"{where}: {cat} question must expect none")
        if match not in ("title", "section"):
            problems.append(f"{where}: match {match!r}")
            continue
        if doc not in docs:
            problems.append(f"{where}: no briefing {doc!r}")
            continue
        heads, titles, _, internal = docs[doc]
        if internal and aud == "public":
            problems.append(f"{where}: public question expects the internal briefing")
        pool = titles if match == "title" else heads
        if exp not in pool:
            problems.append(f"{where}: {match} {exp!r} not in {doc}")
    print()
    for cat in sorted(CATS):
        print(f"{cat:5s} {cats[cat]}")
    print(f"total {sum(cats.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
