#!/usr/bin/env python3
"""Independent check of eval89: parses the briefings simply (front matter,
headings, bullets, table rows) and checks every expected title exists in the
named document. Prints entries per document and questions per category."""
import os, re, sys, csv
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
SENT_END = (".", "!", "?", ";", ",", ":")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip()
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections, kinds = [], [], Counter()
    cur, cur_has_text, in_table = None, False, False

    def close():
        if cur is not None and cur_has_text:
            sections.append(cur); kinds["section"] += 1

    for raw in lines:
        l = raw.strip()
        if not l:
            in_table = False; continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if not in_table:
                in_table = True  # header row
                continue
            titles.append(cells[0]); kinds["row"] += 1; continue
        in_table = False
        m = re.match(r"^[*-]\s+\*\*(.+?)\*\*:\s*(.*)$", l) or re.match(r"^[*-]\s+([^:]{1,60}):\s*(.*)$", l)
        if m:
            titles.append(m.group(1).strip()); kinds["item"] += 1; continue
        is_head = (md and l.startswith("#")) or (not md and len(l) < 70 and not l.endswith(SENT_END[:3] + (";",)) and len(l.split()) <= 8 and not l.startswith(("-", "*")))
        if md and not l.startswith("#"):
            is_head = False
        if is_head:
            close()
            cur, cur_has_text = l.lstrip("#").strip(), False
        else:
            cur_has_text = True
    close()
    return fm, titles, sections, kinds

def main():
    docs = OrderedDict()
    for f in sorted(os.listdir(BDIR)):
        docs[f] = parse(os.path.join(BDIR, f))
    ok = True
    print("entries per document:")
    internal = [f for f, d in docs.items() if d[0].get("audience") == "internal"]
    for f, (fm, titles, sections, kinds) in docs.items():
        n = len(titles) + len(sections)
        print(f"  {f:42s} {n:3d}  items={kinds['item']} rows={kinds['row']} sections={kinds['section']}  audience={fm.get('audience', 'public')}")
    if len(internal) != 1:
        ok = False; print("ERROR: expected exactly 1 internal document, got", internal)
    rows = list(csv.reader(open(os.path.join(HERE, "questions.tsv"), encoding="utf-8"), delimiter="\t"))
    header, rows = rows[0], rows[1:]
    if header != ["#id", "audience", "match", "docs", "expected", "question"]:
        ok = False; print("ERROR: header", header)
    cats, ids = Counter(), set()
    for r in rows:
        if len(r) != 6:
            ok = False; print("ERROR: field count", r); continue
        qid, aud, match, doc, exp, q = r
        cat = re.match(r"[a-z]+", qid).group(0); cats[cat] += 1
        if qid in ids: ok = False; print("ERROR: duplicate id", qid)
        ids.add(qid)
        if aud not in ("public", "internal"): ok = False; print("ERROR: audience", qid)
        if not q.strip(): ok = False; print("ERROR: empty question", qid)
        if match == "none":
            if doc or exp: ok = False; print("ERROR: none with expected", qid)
            continue
        if doc not in docs: ok = False; print("ERROR: no such doc", qid, doc); continue
        fm, titles, sections, _ = docs[doc]
        pool = titles if match == "title" else sections if match == "section" else None
        if pool is None: ok = False; print("ERROR: match", qid, match); continue
        if exp not in pool: ok = False; print(f"ERROR: {qid}: {exp!r} not a {match} in {doc}")
        if fm.get("audience") == "internal" and aud != "internal":
            ok = False; print("ERROR: public question expects internal doc", qid)
    print("questions per category:")
    for c, n in cats.items():
        print(f"  {c:5s} {n:3d}")
    print(f"  total {sum(cats.values())}")
    want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
    if dict(cats) != want: ok = False; print("ERROR: category counts", dict(cats))
    print("OK" if ok else "FAIL")
    return 0 if ok else 1

sys.exit(main())
