#!/usr/bin/env python3
"""Independent simple parser for eval64: checks every expected title exists in its document."""
import csv, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
BULLET_MD = re.compile(r"^\s*[-*]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_TX = re.compile(r"^\s*[-*]\s+([^:]{1,80}?)\s*:\s*(.+)$")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
EXPECT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    sections, items, rows = OrderedDict(), [], []
    cur = None
    body = lines[i:]
    for n, l in enumerate(body):
        s = l.strip()
        if not s:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if "|" in s:
            if SEP.match(s):
                continue
            if SEP.match(nxt):  # header row
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            rows.append(cells[0])
            continue
        m = BULLET_MD.match(s) or BULLET_TX.match(s)
        if m:
            items.append(m.group(1).strip())
            continue
        if md and s.startswith("#"):
            cur = s.lstrip("#").strip(); sections[cur] = []
            continue
        if not md and len(s) < 90 and not re.search(r"[.:;,!?]$", s):
            cur = s; sections[cur] = []
            continue
        if cur is not None:
            sections[cur].append(s)
    return fm, sections, items, rows

docs = {}
for f in sorted(os.listdir(BDIR)):
    docs[f] = parse(os.path.join(BDIR, f))

print("Entries per document:")
total = 0
for f, (fm, secs, items, rows) in docs.items():
    withtext = [k for k, v in secs.items() if v]
    n = len(withtext) + len(items) + len(rows)
    total += n
    print(f"  {f:45s} audience={fm.get('audience', 'public'):8s} sections={len(secs):2d} (with text {len(withtext)}) bullets={len(items):2d} rows={len(rows):2d} entries={n}")
print(f"  total entries: {total}")

errors = []
internal = {f for f, d in docs.items() if d[0].get("audience") == "internal"}
if len(internal) != 1:
    errors.append(f"expected exactly 1 internal document, got {internal}")
cats = Counter()
ids = set()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as fh:
    header = fh.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header")
    for ln, line in enumerate(fh, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6:
            errors.append(f"line {ln}: {len(parts)} fields"); continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids: errors.append(f"dup id {qid}")
        ids.add(qid)
        cats[re.sub(r"\d+$", "", qid)] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if not q.strip(): errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}"); continue
        fm, secs, items, rows = docs[doc]
        pool = list(secs) if match == "section" else items + rows
        if exp not in pool:
            errors.append(f"{qid}: '{exp}' not a {match} in {doc}")
        if doc in internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal doc")

print("Questions per category:")
for c, n in cats.items():
    flag = "" if EXPECT.get(c) == n else f"  (expected {EXPECT.get(c)})"
    print(f"  {c:5s} {n}{flag}")
    if flag: errors.append(f"category {c} count {n}")
print(f"  total: {sum(cats.values())}")
if sum(cats.values()) != 178: errors.append("total != 178")
if errors:
    print("FAIL"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
