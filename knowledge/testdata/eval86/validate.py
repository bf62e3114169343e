#!/usr/bin/env python3
"""Independent check of eval86: parses the briefings with a simple reader
(front matter, headings, bullets, table rows) and checks questions.tsv."""
import csv, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
SEP = re.compile(r"^\|?\s*:?-{3,}")
BULLET = re.compile(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,60})):\s")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            k, _, v = l.partition(":")
            meta[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    titles, sections, entries = set(), [], 0
    cur, cur_has_text = None, False
    body = [l.rstrip() for l in lines[i:]]
    def close():
        nonlocal entries
        if cur is not None and cur_has_text:
            entries += 1
    for n, l in enumerate(body):
        s = l.strip()
        if not s:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if "|" in s:
            if SEP.match(s) or SEP.match(nxt):      # separator or header row
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            titles.add(cells[0]); entries += 1
            continue
        m = BULLET.match(s)
        if m:
            titles.add((m.group(1) or m.group(2)).strip()); entries += 1
            continue
        is_head = s.startswith("#") if md else (len(s) < 70 and not s.endswith((".", "!", "?", ":", ";", ",")))
        if md and s.startswith("#"):
            is_head = True
        if is_head:
            close()
            cur, cur_has_text = s.lstrip("#").strip(), False
            sections.append(cur)
            continue
        cur_has_text = True
    close()
    return meta, titles, set(sections), entries

docs = OrderedDict()
for name in sorted(os.listdir(BDIR)):
    if name.endswith((".md", ".txt")):
        docs[name] = parse(os.path.join(BDIR, name))

errors = []
print("entries per document:")
for name, (meta, titles, sections, n) in docs.items():
    aud = meta.get("audience", "public") or "public"
    print(f"  {name:34s} {n:3d} entries, {len(sections):2d} sections, audience {aud}")
internal = [d for d, (m, *_ ) in docs.items() if m.get("audience") == "internal"]
if len(internal) != 1:
    errors.append(f"expected exactly 1 internal document, found {internal}")

rows = list(csv.reader(open(os.path.join(HERE, "questions.tsv"), encoding="utf-8"), delimiter="\t"))
header, rows = rows[0], rows[1:]
if header != ["#id", "audience", "match", "docs", "expected", "question"]:
    errors.append(f"bad header {header}")
cats, ids = Counter(), set()
for r in rows:
    if len(r) != 6:
        errors.append(f"bad row {r}"); continue
    qid, aud, match, doc, exp, q = r
    cat = re.match(r"[a-z]+", qid).group(0)
    cats[cat] += 1
    if qid in ids: errors.append(f"duplicate id {qid}")
    ids.add(qid)
    if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
    if not q.strip(): errors.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with expected")
        continue
    if doc not in docs:
        errors.append(f"{qid}: no document {doc}"); continue
    meta, titles, sections, _ = docs[doc]
    pool = titles if match == "title" else sections if match == "section" else None
    if pool is None: errors.append(f"{qid}: match {match}")
    elif exp not in pool: errors.append(f"{qid}: '{exp}' not a {match} of {doc}")
    if aud == "public" and meta.get("audience") == "internal":
        errors.append(f"{qid}: public question expects internal document")

want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
print("questions per category:")
for c, n in want.items():
    print(f"  {c:5s} {cats[c]:3d}")
    if cats[c] != n: errors.append(f"{c}: {cats[c]} != {n}")
print(f"  total {sum(cats.values())}")
if sum(cats.values()) != 178: errors.append("total != 178")
leak = [r for r in rows if r[0].startswith("leak")]
if sum(r[1] == "internal" for r in leak) != 6 or sum(r[2] == "none" and r[1] == "public" for r in leak) != 10:
    errors.append("leak split is not 10 public-none / 6 internal")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
