#!/usr/bin/env python3
"""Validate eval17: parse the briefings the simple way briefbot's README
describes and check questions.tsv against them. Usage: python3 validate.py"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUEST = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
CATS = ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]

def parse(path):
    """Return (audience, headings, titles) for one briefing."""
    lines = open(path, encoding="utf-8").read().split("\n")
    audience = "public"
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            k, _, v = l.partition(":")
            if k.strip() == "audience" and v.split("#")[0].strip() == "internal":
                audience = "internal"
        lines = lines[end + 1:]
    md = path.endswith((".md", ".markdown"))
    headings, titles = [], []
    header_row = True
    for l in lines:
        s = l.strip()
        if not s:
            continue
        if "|" in s:                                  # table row
            if re.fullmatch(r"\|?\s*:?-{2,}.*", s):   # separator
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            if header_row:
                header_row = False                    # column headers
            else:
                titles.append(cells[0])
            continue
        header_row = True
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s", s)
        if m:
            titles.append((m.group(1) or m.group(2)).strip())
            continue
        if md:
            m = re.match(r"^#+\s+(.*)", s)
            if m:
                headings.append(m.group(1).strip())
        elif len(s) < 90 and not re.search(r"[.:;,!?]$", s) and not s.startswith(("-", "*")):
            headings.append(s)
    return audience, headings, titles

def main():
    problems = []
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith((".md", ".markdown", ".txt")):
            docs[f] = parse(os.path.join(BRIEF, f))
    internal = {f for f, d in docs.items() if d[0] == "internal"}
    print(f"{len(docs)} briefings, internal: {', '.join(sorted(internal)) or 'none'}")
    for f, (aud, hs, ts) in docs.items():
        print(f"  {f}: {aud}, {len(hs)} headings, {len(ts)} bullets/rows")
    rows = [l.rstrip("\n").split("\t") for l in open(QUEST, encoding="utf-8") if l.strip()]
    if rows[0] != HEADER:
        problems.append(f"bad header: {rows[0]}")
    seen, counts = set(), collections.Counter()
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 6:
            problems.append(f"line {n}: {len(r)} columns"); continue
        qid, aud, match, doc, exp, q = r
        if qid in seen: problems.append(f"line {n}: duplicate id {qid}")
        seen.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        if cat not in CATS: problems.append(f"line {n}: unknown category {cat}")
        counts[(cat, aud)] += 1
        if aud not in ("public", "internal"): problems.append(f"line {n}: audience {aud}")
        if not q.strip(): problems.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"): problems.append(f"line {n}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            problems.append(f"line {n}: match {match}"); continue
        if doc not in docs:
            problems.append(f"line {n}: no document {doc}"); continue
        _, hs, ts = docs[doc]
        if exp not in (ts if match == "title" else hs):
            problems.append(f"line {n}: {match} {exp!r} not in {doc}")
        if aud == "public" and doc in internal:
            problems.append(f"line {n}: public row expects internal {doc}")
    print("categories:")
    for c in CATS:
        parts = {a: counts[(c, a)] for a in ("public", "internal") if counts[(c, a)]}
        detail = ", ".join(f"{a} {v}" for a, v in parts.items())
        print(f"  {c:5} {sum(parts.values()):3}  ({detail})")
    print(f"  total {len(rows) - 1}")
    for p in problems: print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
