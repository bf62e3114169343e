#!/usr/bin/env python3
"""Independent, simple checks for eval97/questions.tsv against eval97/briefings/.

It parses the briefings on its own (no briefbot code): YAML-ish front matter,
Markdown headings, '- Name: text' and '* **Name**: text' bullets, and pipe
tables (first cell of each body row). It then checks that every expected
title or heading exists in its document and counts the categories.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
HEADER = "#id\taudience\tmatch\tdocs\texpected\tquestion"
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*(?P<b>[^*]+)\*\*|(?P<p>[^:*][^:]*?))\s*:\s+\S")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for ln in lines[1:end]:
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta[k.strip()] = v.strip()
        lines = lines[end + 1:]
    headings, bullets, rows = [], [], []
    for i, ln in enumerate(lines):
        m = HEADING.match(ln)
        if m and path.endswith(".md"):
            headings.append(m.group(2))
            continue
        m = BULLET.match(ln)
        if m:
            bullets.append((m.group("b") or m.group("p")).strip())
            continue
        if "|" in ln and not SEP.match(ln):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # a table's header row
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if cells and cells[0]:
                rows.append(cells[0])
    faq = [h for h in headings if h.endswith("?")]
    return meta, headings, bullets, rows, faq


def main():
    problems = []
    docs = {}
    print("Briefings:")
    print(f"  {'file':40} {'aud':8} {'bullets':>7} {'rows':>5} {'faq':>4} {'entries':>7}")
    for name in sorted(os.listdir(BRIEFINGS)):
        meta, heads, bullets, rows, faq = parse(os.path.join(BRIEFINGS, name))
        docs[name] = (meta, heads, bullets, rows)
        entries = len(bullets) + len(rows) + len(faq)
        aud = meta.get("audience", "public")
        print(f"  {name:40} {aud:8} {len(bullets):7} {len(rows):5} {len(faq):4} {entries:7}")
        if not 12 <= entries <= 18:
            problems.append(f"{name}: {entries} entries, want 12-18")
        dup = [t for t, c in collections.Counter(bullets + rows).items() if c > 1]
        if dup:
            problems.append(f"{name}: duplicate titles {dup}")
    internal = [d for d, v in docs.items() if v[0].get("audience") == "internal"]
    if len(internal) != 1:
        problems.append(f"want exactly one internal briefing, got {internal}")

    lines = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().splitlines()
    if lines[0] != HEADER:
        problems.append("header line differs")
    cats = collections.Counter()
    seen = set()
    leak_pub = leak_int = near = 0
    dis = collections.defaultdict(list)
    for ln in lines[1:]:
        f = ln.split("\t")
        if len(f) != 6:
            problems.append(f"not 6 columns: {ln!r}")
            continue
        qid, aud, match, doc, exp, q = f
        if qid in seen:
            problems.append(f"{qid}: duplicate id")
        seen.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if aud not in ("public", "internal"):
            problems.append(f"{qid}: audience {aud}")
        if not q.strip():
            problems.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp:
                problems.append(f"{qid}: none with docs/expected")
            if cat == "leak" and aud == "public":
                leak_pub += 1
            continue
        if doc not in docs:
            problems.append(f"{qid}: no document {doc}")
            continue
        meta, heads, bullets, rows = docs[doc]
        if match == "title":
            n = (bullets + rows).count(exp)
            if n != 1:
                problems.append(f"{qid}: title {exp!r} found {n} times in {doc}")
        elif match == "section":
            if exp not in heads:
                problems.append(f"{qid}: heading {exp!r} not in {doc}")
        else:
            problems.append(f"{qid}: match {match}")
        if doc in internal and aud != "internal":
            problems.append(f"{qid}: public question expects internal {doc}")
        if cat == "leak" and aud == "internal" and doc in internal:
            leak_int += 1
        if cat == "para" and exp.lower() in q.lower():
            problems.append(f"{qid}: para question reuses the title {exp!r}")
        if cat == "dis":
            dis[(doc, exp)].append(q)
    # dis: the same question per document of a pair, differing only in the place
    templates = collections.Counter()
    for (doc, exp), qs in dis.items():
        for q in qs:
            templates[(exp, re.sub(r"\b(in|at the) [A-ZÀ-Ý][\w\u00c0-\u017f ]*?(?= emergency| kennels|\?)", r"\1 <place>", q))] += 1
    odd = [k for k, c in templates.items() if c != 2]
    if odd:
        problems.append(f"dis templates not asked exactly twice: {odd}")
    near = sum(1 for ln in lines[1:] if ln.startswith("none") and int(ln[4:6]) <= 13)

    print("\nCategories:")
    for c in WANT:
        flag = "" if cats[c] == WANT[c] else f"  (want {WANT[c]})"
        print(f"  {c:5} {cats[c]:4}{flag}")
        if cats[c] != WANT[c]:
            problems.append(f"category {c}: {cats[c]}, want {WANT[c]}")
    print(f"  total {sum(cats.values()):4}")
    print(f"\nnone: {near} near-topic + {cats['none'] - near} unrelated")
    print(f"leak: {leak_pub} public (match none), {leak_int} internal (expect {internal[0] if internal else '-'})")
    print(f"dis: {len(templates)} question templates, each asked for both documents of a pair")
    if leak_pub != 10 or leak_int != 6:
        problems.append("leak split is not 10 public + 6 internal")
    print()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problems")
        return 1
    print("OK: every expected title and heading exists in its document; 0 problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
