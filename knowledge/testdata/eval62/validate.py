#!/usr/bin/env python3
"""Validate the eval62 question set against its briefings (simple parser, blind to briefbot)."""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
EXPECTED_COUNTS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
                   "tab": 13, "dis": 12, "none": 26, "leak": 16}

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
    sections, titles = [], []
    cur, cur_text = None, False
    def close():
        if cur is not None and cur_text:
            titles.append(("section", cur))
    for raw in lines:
        l = raw.strip()
        if not l:
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s+\S", l)
        if l.startswith("|") or re.search(r"\S\s*\|\s*$", l):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if cells[0] and not getattr(parse, "_hdr_pending", False):
                pass
            titles.append(("row", cells[0]))
            continue
        if m:
            titles.append(("item", (m.group(1) or m.group(2)).strip()))
            continue
        is_head = (md and l.startswith("#")) or (not md and len(l.split()) <= 8
                   and not re.search(r"[.!?:;,]$", l))
        if is_head:
            close()
            cur, cur_text = l.lstrip("#").strip(), False
            sections.append(cur)
        else:
            cur_text = True
    close()
    # drop table header rows: the first row of each table is a header
    out, prev_row = [], False
    for kind, t in titles:
        out.append((kind, t))
    return fm, sections, out

def table_headers(path):
    heads, lines = set(), open(path, encoding="utf-8").read().split("\n")
    for i in range(len(lines) - 1):
        if re.match(r"^\|?\s*:?-{2,}", lines[i + 1].strip()) and "|" in lines[i]:
            heads.add(lines[i].strip().strip("|").split("|")[0].strip())
    return heads

def main():
    ok = True
    docs = {}
    print("Entries per document:")
    for f in sorted(os.listdir(BRIEF)):
        p = os.path.join(BRIEF, f)
        fm, secs, titles = parse(p)
        heads = table_headers(p)
        titles = [(k, t) for k, t in titles if not (k == "row" and t in heads)]
        docs[f] = (fm, secs, titles)
        n = len(titles)
        flag = "" if 14 <= n <= 17 else "  <-- outside 14-17"
        if flag:
            ok = False
        print(f"  {f:45s} {n:3d}  audience={fm.get('audience', 'public')}{flag}")
    cats = Counter()
    ids = set()
    with open(QFILE, encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t")]
    if rows[0] != ["#id", "audience", "match", "docs", "expected", "question"]:
        print("bad header", rows[0]); ok = False
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 6:
            print(f"line {n}: {len(r)} fields"); ok = False; continue
        qid, aud, match, doc, exp, q = r
        cat = re.sub(r"\d+$", "", qid)
        cats[cat] += 1
        if qid in ids:
            print(f"line {n}: duplicate id {qid}"); ok = False
        ids.add(qid)
        if aud not in ("public", "internal") or match not in ("title", "section", "none") or not q.strip():
            print(f"line {n}: bad fields"); ok = False; continue
        if match == "none":
            if doc != "-" or exp != "-":
                print(f"line {n}: none needs - -"); ok = False
            continue
        if doc not in docs:
            print(f"line {n}: unknown doc {doc}"); ok = False; continue
        fm, secs, titles = docs[doc]
        if match == "title" and exp not in [t for _, t in titles]:
            print(f"line {n}: title {exp!r} not in {doc}"); ok = False
        if match == "section" and exp not in secs:
            print(f"line {n}: section {exp!r} not in {doc}"); ok = False
        internal = fm.get("audience") == "internal"
        if internal and aud != "internal":
            print(f"line {n}: public question expects internal doc"); ok = False
    print("Questions per category:")
    for c, want in EXPECTED_COUNTS.items():
        flag = "" if cats[c] == want else f"  <-- want {want}"
        if flag:
            ok = False
        print(f"  {c:5s} {cats[c]:3d}{flag}")
    extra = set(cats) - set(EXPECTED_COUNTS)
    if extra:
        print("unknown categories", extra); ok = False
    print(f"  total {sum(cats.values())}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
