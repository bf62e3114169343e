#!/usr/bin/env python3
"""Independent check of eval87: every expected title exists in its named document.

A simple parser written from the README's curator rules only: front matter,
headings (Markdown '#' lines; in plain text a short line of its own that does
not end like a sentence), bullets ('- Name: text', '* **Name**: text') and
table rows (first cell is the title; header and '---' rows skipped).
"""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
CATS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

def cells(line):
    s = line.strip()
    if s.startswith("|"): s = s[1:]
    if s.endswith("|"): s = s[:-1]
    return [c.strip() for c in s.split("|")]

def is_sep(line):
    return "|" in line and re.fullmatch(r"[\s|:\-]+", line.strip()) is not None

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip().strip('"')
        i = j + 1
    md = path.endswith(".md")
    headings, titles = [], []
    sections = {}  # heading -> has own text
    cur = None
    body = lines[i:]
    for n, raw in enumerate(body):
        l = raw.strip()
        if not l:
            continue
        nxt = body[n + 1].strip() if n + 1 < len(body) else ""
        if "|" in l:
            if is_sep(l) or is_sep(nxt):
                continue  # separator or header row
            titles.append(re.sub(r"\*\*", "", cells(l)[0]).strip())
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,60})):\s", l)
        if m:
            titles.append((m.group(1) or m.group(2)).strip())
            continue
        if md and l.startswith("#"):
            cur = l.lstrip("#").strip(); headings.append(cur); sections[cur] = False
            continue
        if not md and len(l) <= 80 and not re.search(r"[.:;!,]$", l):
            cur = l; headings.append(cur); sections[cur] = False
            continue
        if cur is not None:
            sections[cur] = True
    return fm, headings, titles, sections

docs = {}
for f in sorted(os.listdir(BRIEF)):
    if f.endswith((".md", ".txt", ".markdown")):
        docs[f] = parse(os.path.join(BRIEF, f))

problems = []
print("Entries per document (bullets + rows + sections with text):")
internal = []
for f, (fm, heads, titles, secs) in docs.items():
    n_text = sum(secs.values())
    aud = "internal" if fm.get("audience") == "internal" else "public"
    if aud == "internal": internal.append(f)
    print(f"  {f:36s} {aud:8s} headings={len(heads):2d} items+rows={len(titles):2d} "
          f"sections-with-text={n_text:2d} entries={len(titles)+n_text}")
if len(internal) != 1:
    problems.append(f"expected exactly 1 internal document, got {internal}")

rows = list(csv.reader(open(os.path.join(HERE, "questions.tsv"), encoding="utf-8"),
                       delimiter="\t", quoting=csv.QUOTE_NONE))
header, rows = rows[0], rows[1:]
if header != ["#id", "audience", "match", "docs", "expected", "question"]:
    problems.append(f"bad header {header}")
per_cat = collections.Counter()
ids = set()
for r in rows:
    if len(r) != 6:
        problems.append(f"bad row {r}"); continue
    qid, aud, match, doc, exp, q = r
    cat = re.match(r"[a-z]+", qid).group(0)
    per_cat[cat] += 1
    if qid in ids: problems.append(f"duplicate id {qid}")
    ids.add(qid)
    if not q.strip(): problems.append(f"{qid}: empty question")
    if aud not in ("public", "internal"): problems.append(f"{qid}: audience {aud}")
    if match == "none":
        if doc or exp: problems.append(f"{qid}: match none must have empty docs/expected")
        continue
    if doc not in docs:
        problems.append(f"{qid}: unknown document {doc}"); continue
    fm, heads, titles, secs = docs[doc]
    if aud == "public" and doc in internal:
        problems.append(f"{qid}: public question expects internal document")
    if match == "title" and exp not in titles and exp not in heads:
        problems.append(f"{qid}: title {exp!r} not in {doc}")
    if match == "section" and exp not in heads:
        problems.append(f"{qid}: section {exp!r} not in {doc}")
    if match not in ("title", "section"):
        problems.append(f"{qid}: unknown match {match}")

print("\nQuestions per category:")
for c, want in CATS.items():
    print(f"  {c:5s} {per_cat[c]:3d} (want {want})")
    if per_cat[c] != want: problems.append(f"category {c}: {per_cat[c]} != {want}")
print(f"  total {sum(per_cat.values())}")
if sum(per_cat.values()) != 178: problems.append("total != 178")
leak = [r for r in rows if r[0].startswith("leak")]
lp = sum(1 for r in leak if r[1] == "public" and r[2] == "none")
li = sum(1 for r in leak if r[1] == "internal" and r[3] in internal)
print(f"  leak: {lp} public expecting none, {li} internal expecting {internal}")
if (lp, li) != (10, 6): problems.append("leak split is not 10/6")

for p in problems: print("PROBLEM:", p)
print("OK" if not problems else f"FAIL ({len(problems)} problems)")
sys.exit(1 if problems else 0)
