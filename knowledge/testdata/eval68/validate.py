#!/usr/bin/env python3
"""Independent, simple checker for eval68: parses the briefings (front matter,
headings, bullets, table rows) and checks every expected title in questions.tsv."""
import os, re, sys, collections

BRIEF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "briefings")
QS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip()
        lines = lines[end + 1:]
    md = path.endswith(".md")
    sections, titles, n_entries = [], set(), 0
    i = 0
    while i < len(lines):
        l = lines[i].strip()
        i += 1
        if not l:
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s+\S", l)
        if m:
            titles.add((m.group(1) or m.group(2)).strip()); n_entries += 1
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.fullmatch(r"\|?\s*-+\s*(\|\s*-+\s*)*\|?", nxt):
                continue  # header row
            titles.add(cells[0]); n_entries += 1
            continue
        if md:
            if l.startswith("#"):
                sections.append(l.lstrip("#").strip())
            else:
                n_entries += 1  # section text
            continue
        # plain text: a short line not ending like a sentence is a heading
        if len(l) < 60 and not re.search(r"[.!:;,]$", l):
            sections.append(l)
        else:
            n_entries += 1
    return fm, sections, titles, n_entries

docs = {}
for name in sorted(os.listdir(BRIEF)):
    docs[name] = parse(os.path.join(BRIEF, name))

errors = []
print("Entries per document:")
for name, (fm, secs, titles, n) in docs.items():
    aud = "internal" if fm.get("audience") == "internal" else "public"
    print(f"  {name:45s} {aud:8s} sections={len(secs):2d} entries={n:2d}")
internal = {n for n, d in docs.items() if d[0].get("audience") == "internal"}
if len(internal) != 1:
    errors.append(f"expected exactly 1 internal document, got {sorted(internal)}")

cats = collections.Counter()
ids = set()
rows = open(QS, encoding="utf-8").read().rstrip("\n").split("\n")
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
    fm, secs, titles, _ = docs[doc]
    pool = titles if match == "title" else secs if match == "section" else None
    if pool is None: errors.append(f"{qid}: bad match {match}")
    elif exp not in pool: errors.append(f"{qid}: '{exp}' not a {match} of {doc}")
    if doc in internal and aud != "internal":
        errors.append(f"{qid}: public question expects internal document")

print("Questions per category:")
for c in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]:
    print(f"  {c:5s} {cats[c]}")
print(f"  total {sum(cats.values())}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
