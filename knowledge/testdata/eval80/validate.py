#!/usr/bin/env python3
"""Independent check of eval80: every expected title exists in its document.

A deliberately simple parser, written from the README's curator rules only:
front matter (--- ... ---), headings (# lines in Markdown; in plain text a
short line that does not end like a sentence), bullets (`- Name: text`,
`* **Name**: text`), table rows (first cell is the title; header and
separator rows skipped) and sections' own text (titled by the heading).
"""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    md = path.endswith(".md")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            k, _, v = lines[j].partition(":")
            meta[k.strip()] = v.split("#")[0].strip()
            j += 1
        i = j + 1
    entries = []          # (kind, title, section)
    section, has_text = None, False
    body = lines[i:]
    for n, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if SEP.match(line):
            continue
        if "|" in line and SEP.match(nxt):
            continue                       # table header
        if "|" in line:
            entries.append(("row", cells(line)[0], section))
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,60})):\s*(.*)$", line)
        if m:
            entries.append(("item", (m.group(1) or m.group(2)).strip(), section))
            continue
        if md and line.startswith("#"):
            section, has_text = line.lstrip("#").strip(), False
            continue
        if not md and len(line) < 70 and not re.search(r"[.!?:;,]$", line):
            section, has_text = line, False
            continue
        if not has_text and section:
            entries.append(("section", section, section))
            has_text = True
    return meta, entries


def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    ok = True
    print("entries per document")
    for name, (meta, ents) in docs.items():
        kinds = collections.Counter(k for k, _, _ in ents)
        aud = meta.get("audience", "public") or "public"
        print(f"  {name:40s} {len(ents):3d}  (items {kinds['item']}, rows {kinds['row']}, section texts {kinds['section']})  audience={aud}")
        titles = [t for _, t, _ in ents]
        dup = [t for t, c in collections.Counter(titles).items() if c > 1]
        if dup:
            print(f"  WARNING duplicate titles in {name}: {dup}")
    internal = [n for n, (m, _) in docs.items() if m.get("audience") == "internal"]
    if len(internal) != 1:
        print("FAIL: expected exactly one internal document, got", internal); ok = False

    rows = list(csv.reader(open(QUESTIONS, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    header, rows = rows[0], rows[1:]
    if header != ["#id", "audience", "match", "docs", "expected", "question"]:
        print("FAIL: header", header); ok = False
    cats = collections.Counter()
    ids = set()
    for r in rows:
        if len(r) != 6:
            print("FAIL: wrong field count", r); ok = False; continue
        qid, aud, match, doc, exp, q = r
        if qid in ids:
            print("FAIL: duplicate id", qid); ok = False
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if aud not in ("public", "internal") or not q.strip():
            print("FAIL: bad audience/question", r); ok = False
        if match == "none":
            if doc or exp:
                print("FAIL: none with expectation", r); ok = False
            continue
        if doc not in docs:
            print("FAIL: unknown doc", r); ok = False; continue
        meta, ents = docs[doc]
        if meta.get("audience") == "internal" and aud != "internal":
            print("FAIL: public question expects internal doc", r); ok = False
        want = "section" if match == "section" else None
        found = [t for k, t, s in ents if t == exp and (want is None or k == "section" or s == exp)]
        if match == "section":
            found = [s for k, t, s in ents if s == exp]
        if not found:
            print("FAIL: expected title not found", qid, doc, repr(exp)); ok = False
    print("questions per category")
    want = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
            "dis": 12, "none": 26, "leak": 16}
    for c, n in want.items():
        flag = "" if cats[c] == n else f"  (want {n})"
        if cats[c] != n:
            ok = False
        print(f"  {c:5s} {cats[c]:3d}{flag}")
    print(f"  total {sum(cats.values())}")
    if sum(cats.values()) != 178:
        ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
