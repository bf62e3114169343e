#!/usr/bin/env python3
"""Independent check of eval63: every expected title exists in its document."""
import collections, csv, os, re, sys

BASE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(BASE, "briefings")
BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,60})):\s*\S")

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
    sections, titles, counts = set(), set(), collections.Counter()
    cur, has_text = None, False
    def close():
        if cur is not None and has_text:
            counts["section"] += 1
    body = lines[i:]
    for k, raw in enumerate(body):
        l = raw.strip()
        if not l:
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            nxt = body[k + 1].strip() if k + 1 < len(body) else ""
            if all(set(c) <= set("-: ") for c in cells):
                continue
            if nxt and "|" in nxt and all(set(c.strip()) <= set("-: ") for c in nxt.strip("|").split("|")):
                continue  # header row
            titles.add(cells[0]); counts["row"] += 1
            continue
        m = BULLET.match(raw)
        if m:
            titles.add((m.group(1) or m.group(2)).strip()); counts["bullet"] += 1
            continue
        if md:
            is_head = l.startswith("#")
            name = l.lstrip("#").strip()
        else:
            is_head = len(l.split()) <= 8 and not l.endswith((".", ",", ";", ":"))
            name = l
        if is_head:
            close(); cur, has_text = name, False
            sections.add(name)
        else:
            has_text = True
    close()
    return fm, sections, titles, counts

docs = {}
for fn in sorted(os.listdir(BDIR)):
    docs[fn] = parse(os.path.join(BDIR, fn))

errors = []
print("Entries per document:")
for fn, (fm, secs, titles, c) in docs.items():
    aud = fm.get("audience", "public") or "public"
    total = c["bullet"] + c["row"] + c["section"]
    print(f"  {fn:40s} {aud:8s} fm={'yes' if fm else 'no ':3s} sections={len(secs):2d} bullets={c['bullet']:2d} rows={c['row']:2d} section-texts={c['section']:2d} entries={total}")
internal = {fn for fn, d in docs.items() if d[0].get("audience") == "internal"}
if len(internal) != 1:
    errors.append(f"expected exactly one internal document, got {sorted(internal)}")

cats = collections.Counter()
ids = set()
with open(os.path.join(BASE, "questions.tsv"), encoding="utf-8") as f:
    lines = f.read().rstrip("\n").split("\n")
if lines[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
    errors.append("bad header")
for n, line in enumerate(lines[1:], 2):
    parts = line.split("\t")
    if len(parts) != 6:
        errors.append(f"line {n}: {len(parts)} fields"); continue
    qid, aud, match, doc, exp, q = parts
    if qid in ids: errors.append(f"duplicate id {qid}")
    ids.add(qid)
    cat = re.match(r"[a-z]+", qid).group(0)
    cats[cat] += 1
    if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
    if not q.strip(): errors.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with docs/expected")
        continue
    if doc not in docs:
        errors.append(f"{qid}: no document {doc}"); continue
    fm, secs, titles, _ = docs[doc]
    pool = titles if match == "title" else secs if match == "section" else None
    if pool is None:
        errors.append(f"{qid}: match {match}"); continue
    if exp not in pool:
        errors.append(f"{qid}: '{exp}' not a {match} in {doc}")
    if doc in internal and aud != "internal":
        errors.append(f"{qid}: public question expects internal doc")

want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
print("Questions per category:")
for c, n in want.items():
    print(f"  {c:5s} {cats[c]:3d} (want {n})")
    if cats[c] != n: errors.append(f"category {c}: {cats[c]} != {n}")
print(f"  total {sum(cats.values())}")
if sum(cats.values()) != 178: errors.append("total != 178")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)})")
sys.exit(1 if errors else 0)
