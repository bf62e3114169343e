#!/usr/bin/env python3
"""Independent, simple check of eval84: parses the briefings (front matter,
headings, bullets, table rows) and checks every expected title in questions.tsv."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            l = l.split(" #")[0]
            if ":" in l:
                k, v = l.split(":", 1); fm[k.strip()] = v.strip()
        lines = lines[end + 1:]
    md = path.endswith(".md")
    sections, items, rows = [], [], []
    cur, has_text, tables = None, False, 0
    def close():
        if cur is not None and has_text:
            sections.append(cur)
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.fullmatch(r"\|?\s*:?-{3,}.*", l):
                tables += 1
                continue
            if re.fullmatch(r"\|?\s*:?-{3,}.*", nxt):
                continue  # header row
            rows.append(cells[0]); continue
        m = re.match(r"^[*-]\s+(?:\*\*(.+?)\*\*|([^:]{1,60})):", l)
        if m:
            items.append((m.group(1) or m.group(2)).strip()); continue
        if md and l.startswith("#"):
            close(); cur, has_text = l.lstrip("#").strip(), False; continue
        if not md and len(l) <= 60 and not re.search(r"[.:;,!]$", l):
            close(); cur, has_text = l, False; continue
        has_text = True
    close()
    return fm, sections, items, rows, tables

docs = {}
for fn in sorted(os.listdir(BDIR)):
    docs[fn] = parse(os.path.join(BDIR, fn))
errors = []
print(f"{'document':45} {'aud':8} {'sect':>4} {'item':>4} {'row':>4} {'entries':>7} tables")
tot_tables = 0
for fn, (fm, s, it, r, t) in docs.items():
    aud = fm.get("audience", "public")
    tot_tables += t
    n = len(s) + len(it) + len(r)
    print(f"{fn:45} {aud:8} {len(s):4} {len(it):4} {len(r):4} {n:7} {t}")
    if not 13 <= n <= 18:
        errors.append(f"{fn}: {n} entries, want about 15")
internal = [fn for fn, d in docs.items() if d[0].get("audience") == "internal"]
if len(internal) != 1:
    errors.append(f"internal documents: {internal}, want exactly 1")
if len(docs) != 12:
    errors.append(f"{len(docs)} documents, want 12")
if tot_tables < 6:
    errors.append(f"{tot_tables} tables, want >= 6")

cats = collections.Counter()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header")
    ids = set()
    for ln, line in enumerate(f, 2):
        c = line.rstrip("\n").split("\t")
        if len(c) != 6:
            errors.append(f"line {ln}: {len(c)} columns"); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errors.append(f"duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0); cats[cat] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if not q.strip(): errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}"); continue
        fm, s, it, r, _ = docs[doc]
        pool = s if match == "section" else it + r
        if match not in ("title", "section"): errors.append(f"{qid}: match {match}")
        if exp not in pool:
            errors.append(f"{qid}: '{exp}' is not a {match} of {doc}")
        if doc in internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if cat == "frag" and not 2 <= len(q.split()) <= 4:
            errors.append(f"{qid}: fragment has {len(q.split())} words")
print()
print(f"{'category':10} {'questions':>9}")
for cat in WANT:
    print(f"{cat:10} {cats[cat]:9}")
    if cats[cat] != WANT[cat]:
        errors.append(f"{cat}: {cats[cat]} questions, want {WANT[cat]}")
print(f"{'total':10} {sum(cats.values()):9}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
