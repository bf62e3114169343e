#!/usr/bin/env python3
"""Independent simple parser for the eval92 briefings and question check.
Reads front matter, headings (Markdown '#' lines; in plain text short lines not
ending like a sentence), bullets ('- Name: text', '* **Name**: text') and table
rows (first cell is the title; header and '---' rows skipped)."""
import os, re, sys, collections
BASE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(BASE, "briefings")

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
    sections, entries = [], []
    cur, has_text, in_table = None, False, False
    def close():
        if cur is not None and has_text:
            entries.append(("section", cur))
    for l in lines:
        s = l.strip()
        if not s:
            in_table = False; continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            if not in_table:
                in_table = True; continue   # header row
            entries.append(("row", cells[0])); continue
        in_table = False
        m = re.match(r"^[*-]\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^[-*]\s+([^:]{1,60}):\s", s)
        if m:
            entries.append(("item", m.group(1).strip())); continue
        heading = None
        if md:
            if s.startswith("#"):
                heading = s.lstrip("#").strip()
        elif len(s) <= 70 and not re.search(r"[.!:;,]$", s):
            heading = s
        if heading is not None:
            close(); cur, has_text = heading, False; sections.append(heading); continue
        has_text = True
    close()
    return fm, sections, entries

docs = {}
for fn in sorted(os.listdir(BDIR)):
    docs[fn] = parse(os.path.join(BDIR, fn))

errors = []
print("Entries per document:")
for fn, (fm, secs, ents) in docs.items():
    aud = "internal" if fm.get("audience") == "internal" else "public"
    print(f"  {fn:40s} {aud:8s} sections={len(secs):2d} entries={len(ents):2d}")
internal = [fn for fn, d in docs.items() if d[0].get("audience") == "internal"]
if len(internal) != 1: errors.append(f"expected 1 internal document, got {internal}")

cats = collections.Counter(); ids = set()
rows = open(os.path.join(BASE, "questions.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion": errors.append("bad header")
for r in rows[1:]:
    f = r.split("\t")
    if len(f) != 6: errors.append(f"bad column count: {r}"); continue
    qid, aud, match, doc, exp, q = f
    if qid in ids: errors.append(f"duplicate id {qid}")
    ids.add(qid); cats[re.match(r"[a-z]+", qid).group(0)] += 1
    if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
    if not q.strip(): errors.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with expected")
        continue
    if doc not in docs: errors.append(f"{qid}: no document {doc}"); continue
    fm, secs, ents = docs[doc]
    if fm.get("audience") == "internal" and aud != "internal":
        errors.append(f"{qid}: internal document expected for public audience")
    if match == "title":
        if exp not in [e[1] for e in ents]: errors.append(f"{qid}: title {exp!r} not in {doc}")
    elif match == "section":
        if exp not in secs: errors.append(f"{qid}: section {exp!r} not in {doc}")
    else:
        errors.append(f"{qid}: match {match}")
print("Questions per category:")
for c, k in cats.items(): print(f"  {c:5s} {k}")
print(f"  total {sum(cats.values())}")
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
if dict(cats) != want: errors.append(f"category counts {dict(cats)} != {want}")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
