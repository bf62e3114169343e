#!/usr/bin/env python3
"""Independent, simple parser for eval69: checks every expected title exists in its document."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    entries = []  # (kind, title)
    headings = []
    body = lines[i:]
    for n, l in enumerate(body):
        s = l.strip()
        if not s:
            continue
        m = re.match(r"^[*-]\s+\*\*(.+?)\*\*:", s) or re.match(r"^[*-]\s+([^:]{1,60}):", s)
        if m:
            entries.append(("item", m.group(1).strip())); continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if re.fullmatch(r"\|?\s*:?-{3,}.*", nxt):  # header row
                continue
            entries.append(("row", cells[0])); continue
        if md:
            if s.startswith("#"):
                headings.append(s.lstrip("#").strip())
            continue
        # plain text: a short line not ending like a sentence is a heading
        if len(s) < 60 and not re.search(r"[.!?,;:]$", s):
            headings.append(s)
    for h in headings:
        entries.append(("section", h))
    return meta, entries, headings

docs = {}
for f in sorted(os.listdir(BRIEF)):
    docs[f] = parse(os.path.join(BRIEF, f))

ok = True
print("Entries per document (items, rows, sections):")
for f, (meta, ents, heads) in docs.items():
    c = collections.Counter(k for k, _ in ents)
    aud = "internal" if meta.get("audience") == "internal" else "public"
    print(f"  {f:45s} {aud:8s} items={c['item']:2d} rows={c['row']:2d} sections={c['section']:2d} "
          f"entries(no sections)={c['item'] + c['row']:2d}")
internal = [f for f, (m, _, _) in docs.items() if m.get("audience") == "internal"]
if len(internal) != 1:
    print("FAIL: expected exactly one internal document", internal); ok = False

cats = collections.Counter()
ids = set()
rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().splitlines()
if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
    print("FAIL: header"); ok = False
for r in rows[1:]:
    c = r.split("\t")
    if len(c) != 6:
        print("FAIL: columns", r); ok = False; continue
    qid, aud, match, doc, exp, q = c
    if qid in ids:
        print("FAIL: duplicate id", qid); ok = False
    ids.add(qid)
    cats[re.match(r"[a-z]+", qid).group(0)] += 1
    if aud not in ("public", "internal") or not q.strip():
        print("FAIL: audience/question", r); ok = False
    if match == "none":
        if doc or exp:
            print("FAIL: none with expected", r); ok = False
        continue
    if doc not in docs:
        print("FAIL: no such doc", r); ok = False; continue
    meta, ents, heads = docs[doc]
    if meta.get("audience") == "internal" and aud != "internal":
        print("FAIL: public question expects internal doc", r); ok = False
    if match == "title" and exp not in [t for _, t in ents]:
        print("FAIL: title not found", r); ok = False
    if match == "section" and exp not in heads:
        print("FAIL: section not found", r); ok = False
print("Questions per category:")
for k, v in WANT.items():
    flag = "" if cats[k] == v else f"  (want {v})"
    print(f"  {k:5s} {cats[k]:3d}{flag}")
    ok &= cats[k] == v
print(f"  total {sum(cats.values())}")
ok &= sum(cats.values()) == 178 and set(cats) == set(WANT)
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
