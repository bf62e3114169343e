#!/usr/bin/env python3
"""Independent, simple check of eval65: parses the briefings (front matter,
headings, bullets, table rows) and checks every expected title."""
import csv, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    sections, items, rows = [], [], []
    header = None
    body = lines[i:]
    for n, raw in enumerate(body):
        l = raw.strip()
        if not l:
            header = None; continue
        if "|" in l and not re.match(r"^[-*] ", l):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if header is None and re.fullmatch(r"\|?\s*:?-+.*", nxt):
                header = cells; continue
            rows.append(cells[0]); continue
        header = None
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", l) or re.match(r"^[-*]\s+([^:]{1,60}):", l)
        if m:
            items.append(m.group(1).strip()); continue
        if md:
            m = re.match(r"^#{1,6}\s+(.*)", l)
            if m:
                sections.append(m.group(1).strip())
        else:
            if len(l) <= 60 and not re.search(r"[.!:;,]$", l) and not l.startswith(("-", "*")):
                sections.append(l)
    return fm, sections, items, rows

docs = OrderedDict()
for name in sorted(os.listdir(BRIEF)):
    docs[name] = parse(os.path.join(BRIEF, name))

ok = True
internal = [n for n, d in docs.items() if d[0].get("audience") == "internal"]
print(f"{'document':48} {'fm':3} {'aud':9} {'sect':>4} {'item':>4} {'row':>4} {'entries':>7}")
for n, (fm, s, it, r) in docs.items():
    ent = len(s) + len(it) + len(r)
    print(f"{n:48} {'yes' if fm else 'no':3} {fm.get('audience','public'):9} {len(s):4} {len(it):4} {len(r):4} {ent:7}")
if len(internal) != 1:
    ok = False; print("FAIL: internal documents:", internal)

cats = Counter()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    head = f.readline().rstrip("\n")
    if head != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        ok = False; print("FAIL: header", head)
    ids = set()
    for ln, line in enumerate(f, 2):
        p = line.rstrip("\n").split("\t")
        if len(p) != 6:
            ok = False; print(f"FAIL line {ln}: {len(p)} fields"); continue
        qid, aud, match, doc, exp, q = p
        cat = re.match(r"[a-z]+", qid).group(0); cats[cat] += 1
        if qid in ids: ok = False; print("FAIL dup id", qid)
        ids.add(qid)
        if aud not in ("public", "internal") or not q.strip():
            ok = False; print("FAIL", qid, "audience/question")
        if match == "none":
            if doc or exp: ok = False; print("FAIL", qid, "none with expected")
            continue
        if doc not in docs:
            ok = False; print("FAIL", qid, "no document", doc); continue
        fm, s, it, r = docs[doc]
        pool = s if match == "section" else s + it + r
        if exp not in pool:
            ok = False; print("FAIL", qid, match, repr(exp), "not in", doc)
        if doc in internal and aud != "internal":
            ok = False; print("FAIL", qid, "public question expects internal doc")

print()
print(f"{'category':8} {'questions':>9} {'wanted':>6}")
for c, w in WANT.items():
    print(f"{c:8} {cats[c]:9} {w:6}")
    if cats[c] != w: ok = False
print(f"{'total':8} {sum(cats.values()):9} {sum(WANT.values()):6}")
if set(cats) - set(WANT): ok = False; print("FAIL extra categories", set(cats) - set(WANT))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
