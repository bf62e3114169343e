#!/usr/bin/env python3
"""Independent check: every expected title exists in the named briefing."""
import csv, os, re, sys, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "briefings")

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1); fm[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    titles, sections = [], []
    header = None
    for l in lines[i:]:
        s = l.strip()
        if not s:
            continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if header is None:
                header = cells; continue
            titles.append(cells[0]); continue
        header = None
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+)):", s)
        if m:
            titles.append((m.group(1) or m.group(2)).strip()); continue
        if md:
            m = re.match(r"^#+\s+(.*)", s)
            if m:
                sections.append(m.group(1).strip())
        elif len(s) < 70 and not re.search(r"[.:!?,;]$", s):
            sections.append(s)
    return fm, titles, sections

docs = {f: parse(os.path.join(D, f)) for f in sorted(os.listdir(D))}
print("entries per document:")
for f, (fm, t, s) in docs.items():
    print(f"  {f}: {len(t)} titled entries, {len(s)} headings, audience={fm.get('audience','public')}")
bad = 0; cats = collections.Counter()
rows = list(csv.reader(open(os.path.join(os.path.dirname(D), "questions.tsv"), encoding="utf-8"), delimiter="\t"))
hdr = rows[0]
assert "\t".join(hdr) == "#id\taudience\tmatch\tdocs\texpected\tquestion", hdr
ids = set()
for r in rows[1:]:
    if len(r) != 6:
        print("bad row", r); bad += 1; continue
    qid, aud, match, doc, exp, q = r
    if qid in ids: print("dup id", qid); bad += 1
    ids.add(qid); cats[re.sub(r"\d+$", "", qid)] += 1
    if match == "none":
        if doc or exp: print("none with expected", qid); bad += 1
        continue
    if doc not in docs: print("missing doc", qid, doc); bad += 1; continue
    fm, t, s = docs[doc]
    pool = t if match == "title" else s
    if exp not in pool: print("missing title", qid, doc, exp); bad += 1
    if fm.get("audience") == "internal" and aud != "internal":
        print("internal doc expected for public", qid); bad += 1
print("questions per category:")
for c, n in sorted(cats.items()): print(f"  {c}: {n}")
print("total:", sum(cats.values()))
print("OK" if bad == 0 and sum(cats.values()) == 178 else f"FAIL {bad}")
