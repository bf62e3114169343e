#!/usr/bin/env python3
"""Independent check of eval71: every expected title exists in its document.

A small parser of its own (not briefbot's): front matter, headings (Markdown
'#' lines; in plain text a short line that does not end like a sentence),
bullets ('- Name: text', '* **Name**: text'), table rows (first cell).
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KDIR = os.path.join(HERE, "briefings")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split("#")[0].strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, entries = set(), []
    section, section_text = None, False
    table_header = None
    for raw in lines:
        l = raw.strip()
        if not l:
            continue
        if l.startswith("|") or l.endswith("|"):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            if table_header is None:
                table_header = cells
                continue
            if len(cells) != len(table_header):
                sys.exit(f"{path}: bad cell count: {l}")
            titles.add(cells[0]); entries.append(("row", cells[0]))
            continue
        table_header = None
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s+\S", l)
        if m:
            name = m.group(1) or m.group(2)
            titles.add(name); entries.append(("item", name))
            continue
        if md and l.startswith("#"):
            section = l.lstrip("#").strip(); section_text = False
            titles.add(section)
            continue
        if not md and len(l) < 80 and not re.search(r"[.:;!?,]$", l):
            section = l; section_text = False
            titles.add(section)
            continue
        if section and not section_text:
            section_text = True
            entries.append(("section", section))
    return fm, titles, entries

docs = {}
for name in sorted(os.listdir(KDIR)):
    docs[name] = parse(os.path.join(KDIR, name))

problems = []
internal = [d for d, (fm, _, _) in docs.items() if fm.get("audience") == "internal"]
if len(internal) != 1:
    problems.append(f"want exactly 1 internal document, got {internal}")
print("Entries per document:")
for d, (fm, titles, entries) in docs.items():
    kinds = collections.Counter(k for k, _ in entries)
    print(f"  {d:42s} {fm.get('audience', 'public'):8s} {len(entries):3d} entries "
          f"({kinds['section']} sections, {kinds['item']} bullets, {kinds['row']} rows)")
    if not 12 <= len(entries) <= 18:
        problems.append(f"{d}: {len(entries)} entries, want about 15")

cats = collections.Counter()
ids = set()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        problems.append("bad header")
    for n, line in enumerate(f, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6:
            problems.append(f"line {n}: {len(parts)} fields"); continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids: problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if aud not in ("public", "internal"): problems.append(f"{qid}: audience {aud}")
        if not q.strip(): problems.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: problems.append(f"{qid}: match none with expected")
            continue
        if doc not in docs:
            problems.append(f"{qid}: no document {doc}"); continue
        if exp not in docs[doc][1]:
            problems.append(f"{qid}: '{exp}' not a title in {doc}")
        if docs[doc][0].get("audience") == "internal" and aud != "internal":
            problems.append(f"{qid}: public question expects internal document")

print("Questions per category:")
for c in WANT:
    print(f"  {c:5s} {cats[c]:3d} (want {WANT[c]})")
    if cats[c] != WANT[c]: problems.append(f"{c}: {cats[c]} questions, want {WANT[c]}")
print(f"  total {sum(cats.values())}")
if sum(cats.values()) != 178: problems.append("want 178 questions")
for p in problems: print("PROBLEM:", p)
print("OK" if not problems else "FAIL")
sys.exit(1 if problems else 0)
