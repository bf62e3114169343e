#!/usr/bin/env python3
"""Independent simple parser for eval77: checks every expected title exists in its document."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BR = os.path.join(HERE, "briefings")

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1); fm[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    sections, titles = [], []
    header_next = True
    for l in lines[i:]:
        s = l.strip()
        if not s:
            continue
        if "|" in s and s.count("|") >= 2:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                header_next = False; continue
            if header_next:
                continue  # header row; confirmed by the separator that follows
            titles.append(cells[0]); continue
        header_next = True
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s", s)
        if m:
            titles.append((m.group(1) or m.group(2)).strip()); continue
        if md:
            h = re.match(r"^#+\s+(.*)", s)
            if h:
                sections.append(h.group(1).strip())
        elif len(s) <= 80 and not re.search(r"[.!:;,]$", s):
            sections.append(s)
    return fm, sections, titles

docs = {}
for f in sorted(os.listdir(BR)):
    docs[f] = parse(os.path.join(BR, f))
errors = []
internal = [f for f, d in docs.items() if d[0].get("audience") == "internal"]
if len(internal) != 1:
    errors.append(f"expected exactly 1 internal document, got {internal}")
print("entries per document (bullets+rows / sections):")
for f, (fm, secs, ts) in docs.items():
    print(f"  {f:45s} {len(ts):3d} + {len(secs):2d} sections  audience={fm.get('audience', 'public')}")
cats, n = {}, 0
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as fh:
    rows = [r for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
assert rows[0] == ["#id", "audience", "match", "docs", "expected", "question"], rows[0]
ids = set()
for r in rows[1:]:
    n += 1
    if len(r) != 6:
        errors.append(f"bad row {r}"); continue
    qid, aud, match, doc, exp, q = r
    if qid in ids: errors.append(f"duplicate id {qid}")
    ids.add(qid)
    cats[re.sub(r"\d+$", "", qid)] = cats.get(re.sub(r"\d+$", "", qid), 0) + 1
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with expected")
        continue
    if doc not in docs:
        errors.append(f"{qid}: no document {doc}"); continue
    fm, secs, ts = docs[doc]
    pool = secs if match == "section" else ts
    if exp not in pool:
        errors.append(f"{qid}: '{exp}' not a {match} in {doc}")
    if doc in internal and aud != "internal":
        errors.append(f"{qid}: public question expects internal document")
print("questions per category:")
for c, k in cats.items():
    print(f"  {c:5s} {k}")
print(f"  total {n}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors and n == 178 else "FAIL")
sys.exit(1 if errors else 0)
