#!/usr/bin/env python3
"""Independent simple parser for the eval79 briefings; checks questions.tsv."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BR = os.path.join(HERE, "briefings")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    sections, titles = [], []
    header_next = False
    for n, raw in enumerate(lines[i:]):
        l = raw.strip()
        if not l:
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s", l)
        if l[0] in "-*" and m:
            titles.append(("item", (m.group(1) or m.group(2)).strip()))
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            nxt = next((x.strip() for x in lines[i + n + 1:] if x.strip()), "")
            if re.fullmatch(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?", nxt):
                continue  # header row
            titles.append(("row", cells[0]))
            continue
        if md:
            if l.startswith("#"):
                sections.append(l.lstrip("#").strip())
        elif len(l) < 80 and not l.endswith((".", "?", "!", ":", ";", ",")):
            sections.append(l)
    return meta, sections, titles

docs = {}
for f in sorted(os.listdir(BR)):
    docs[f] = parse(os.path.join(BR, f))
print("entries per document:")
for f, (meta, secs, ts) in docs.items():
    aud = "internal" if meta.get("audience") == "internal" else "public"
    print(f"  {f:36s} {aud:8s} sections={len(secs):2d} items/rows={len(ts):2d}")
errs = []
cats = collections.Counter()
ids = set()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as fh:
    rows = [r for r in fh.read().split("\n") if r and not r.startswith("#")]
for r in rows:
    parts = r.split("\t")
    if len(parts) != 6:
        errs.append(f"bad columns: {r!r}"); continue
    qid, aud, match, doc, exp, q = parts
    if qid in ids: errs.append(f"duplicate id {qid}")
    ids.add(qid)
    cats[re.match(r"[a-z]+", qid).group(0)] += 1
    if aud not in ("public", "internal"): errs.append(f"{qid}: audience {aud}")
    if not q.strip(): errs.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp: errs.append(f"{qid}: none with expectation")
        continue
    if doc not in docs: errs.append(f"{qid}: no document {doc}"); continue
    meta, secs, ts = docs[doc]
    if meta.get("audience") == "internal" and aud == "public":
        errs.append(f"{qid}: public question expects internal document")
    pool = secs if match == "section" else [t for _, t in ts]
    if exp not in pool: errs.append(f"{qid}: {match} {exp!r} not in {doc}")
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
print("questions per category:")
for c in want:
    print(f"  {c:5s} {cats[c]:3d} (want {want[c]})")
    if cats[c] != want[c]: errs.append(f"category {c}: {cats[c]} != {want[c]}")
print(f"  total {sum(cats.values())}")
if sum(cats.values()) != 178: errs.append("total != 178")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"FAILED ({len(errs)} errors)")
sys.exit(1 if errs else 0)
