#!/usr/bin/env python3
"""Independent, simple check of eval81: every expected title must exist in its named document.

Parses front matter, headings (Markdown '#' lines; in plain text, short lines that do not end
like a sentence), bullets ('* **Name**: text' and '- Name: text') and table rows (first cell).
Written without reading briefbot's source."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    i = 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"^(\w+):\s*(.*?)\s*(#.*)?$", lines[j])
            if m:
                fm[m.group(1)] = m.group(2).strip('"')
            j += 1
        i = j + 1
    md = path.endswith((".md", ".markdown"))
    entries = []  # (kind, title, line)
    for n in range(i, len(lines)):
        raw = lines[n]
        s = raw.strip()
        if not s:
            continue
        if s.startswith("|") or s.count("|") >= 2:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if re.fullmatch(r"\|?\s*:?-{3,}.*", nxt):  # header row
                continue
            entries.append(("row", cells[0], n + 1))
            continue
        m = re.match(r"^\*\s+\*\*(.+?)\*\*\s*:\s*(.*)$", s) or re.match(r"^-\s+([^:]{1,60}):\s+(.*)$", s)
        if m:
            entries.append(("item", m.group(1).strip(), n + 1))
            continue
        if md:
            m = re.match(r"^#{1,6}\s+(.*)$", s)
            if m:
                entries.append(("section", m.group(1).strip(), n + 1))
            continue
        if len(s) <= 80 and not re.search(r"[.!:;,]$", s) and not s.startswith("-"):
            entries.append(("section", s, n + 1))
    return fm, entries

def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    bad = 0
    print("entries per document (items + rows + sections):")
    for name, (fm, ents) in docs.items():
        c = collections.Counter(k for k, _, _ in ents)
        aud = "internal" if fm.get("audience") == "internal" else "public"
        print(f"  {name:40s} {aud:8s} items={c['item']:2d} rows={c['row']:2d} sections={c['section']:2d} total={len(ents)}")
    internal = [n for n, (fm, _) in docs.items() if fm.get("audience") == "internal"]
    if len(internal) != 1:
        print("FAIL: expected exactly one internal document, got", internal); bad += 1
    rows = list(csv.reader(open(QFILE, encoding="utf-8"), delimiter="\t"))
    header, qs = rows[0], rows[1:]
    if header != ["#id", "audience", "match", "docs", "expected", "question"]:
        print("FAIL: header", header); bad += 1
    cats = collections.Counter()
    ids, questions = set(), set()
    for r in qs:
        if len(r) != 6:
            print("FAIL: columns", r); bad += 1; continue
        qid, aud, match, doc, exp, q = r
        cat = re.match(r"^[a-z]+", qid).group(0)
        cats[cat] += 1
        if qid in ids: print("FAIL: duplicate id", qid); bad += 1
        ids.add(qid)
        if (aud, q) in questions: print("FAIL: duplicate question", q); bad += 1
        questions.add((aud, q))
        if aud not in ("public", "internal"): print("FAIL: audience", qid); bad += 1
        if match == "none":
            if doc or exp: print("FAIL: none with expected", qid); bad += 1
            continue
        if match != "title": print("FAIL: match", qid, match); bad += 1; continue
        if doc not in docs: print("FAIL: no document", qid, doc); bad += 1; continue
        fm, ents = docs[doc]
        if exp not in {t for _, t, _ in ents}:
            print("FAIL: title not found", qid, doc, exp); bad += 1
        if fm.get("audience") == "internal" and aud != "internal":
            print("FAIL: public question expects internal entry", qid); bad += 1
    print("questions per category:")
    for c, n in sorted(cats.items()):
        print(f"  {c:6s} {n}")
    print(f"  total  {sum(cats.values())}")
    want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
    if dict(cats) != want:
        print("FAIL: category counts", dict(cats)); bad += 1
    print("OK" if not bad else f"FAILED ({bad} problems)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
