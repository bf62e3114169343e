#!/usr/bin/env python3
"""Independent, simple checker for eval82: parses each briefing (front matter,
headings, bullets, table rows) and checks every expected title in questions.tsv."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

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
    sections, entries = [], []
    body = lines[i:]
    for n, raw in enumerate(body):
        l = raw.strip()
        if not l:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if SEP.match(l):
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?))\s*:\s+\S", l)
        if m:
            entries.append((m.group(1) or m.group(2)).strip())
            continue
        if "|" in l:
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in l.strip("|").split("|")]
            entries.append(cells[0])
            continue
        if md:
            h = re.match(r"^#{1,6}\s+(.*)$", l)
            if h:
                sections.append(h.group(1).strip())
        elif len(l) < 80 and not re.search(r"[.!,;:]$", l):
            sections.append(l)
    return fm, sections, entries

docs = {}
for name in sorted(os.listdir(BDIR)):
    docs[name] = parse(os.path.join(BDIR, name))

print("entries per document (bullets+rows / sections):")
for name, (fm, secs, ents) in docs.items():
    aud = "internal" if fm.get("audience") == "internal" else "public"
    dup = [t for t, c in collections.Counter(ents).items() if c > 1]
    print(f"  {name:45s} {len(ents):3d} / {len(secs):2d}  {aud}" + (f"  DUP {dup}" if dup else ""))
internal = [n for n, d in docs.items() if d[0].get("audience") == "internal"]

errors = []
if len(internal) != 1:
    errors.append(f"expected exactly one internal doc, got {internal}")
cats = collections.Counter()
ids = set()
rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
    errors.append("bad header")
for r in rows[1:]:
    f = r.split("\t")
    if len(f) != 6:
        errors.append(f"bad field count: {r}"); continue
    qid, aud, match, doc, exp, q = f
    if qid in ids: errors.append(f"duplicate id {qid}")
    ids.add(qid)
    cats[re.match(r"[a-z]+", qid).group(0)] += 1
    if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
    if not q.strip(): errors.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with expected")
        continue
    if doc not in docs:
        errors.append(f"{qid}: no document {doc}"); continue
    fm, secs, ents = docs[doc]
    pool = ents if match == "title" else secs if match == "section" else None
    if pool is None:
        errors.append(f"{qid}: match {match}")
    elif exp not in pool:
        errors.append(f"{qid}: '{exp}' not a {match} in {doc}")
    if doc in internal and aud != "internal":
        errors.append(f"{qid}: public question expects internal doc")

print("questions per category:")
for c, n in cats.items():
    print(f"  {c:5s} {n}")
print(f"  total {sum(cats.values())}")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
