#!/usr/bin/env python3
"""Independent checks for eval98: every expected title or section exists in its
document, audiences fit the documents, and category counts match the brief."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    internal = False
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if re.match(r"^audience:\s*internal\s*(#.*)?$", l.strip()):
                internal = True
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections = set(), set()
    prev_table = False
    for i, l in enumerate(lines):
        s = l.strip()
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*:\s", s) or re.match(r"^[-*]\s+([^:*][^:]{0,60}):\s", s)
        if m:
            titles.add(m.group(1).strip())
            continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            titles.add(cells[0])
            continue
        if md and s.startswith("#"):
            sections.add(s.lstrip("#").strip())
        elif not md and s and len(s) < 60 and not s.endswith((".", ":", ";")):
            sections.add(s)
    return internal, titles, sections

docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
errors, counts = [], collections.Counter()
rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().splitlines()
if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
    errors.append("bad header")
seen = set()
for n, row in enumerate(rows[1:], 2):
    f = row.split("\t")
    if len(f) != 6:
        errors.append("line %d: %d fields" % (n, len(f))); continue
    qid, aud, match, doc, exp, q = f
    cat = re.match(r"^[a-z]+", qid).group(0)
    counts[cat] += 1
    if qid in seen: errors.append("line %d: duplicate id %s" % (n, qid))
    seen.add(qid)
    if aud not in ("public", "internal"): errors.append("line %d: audience %r" % (n, aud))
    if match == "none":
        if doc or exp: errors.append("line %d: none with docs/expected" % n)
        continue
    if doc not in docs:
        errors.append("line %d: no document %s" % (n, doc)); continue
    internal, titles, sections = docs[doc]
    if internal and aud != "internal":
        errors.append("line %d: public question expects internal doc" % n)
    pool = titles if match == "title" else sections if match == "section" else None
    if pool is None: errors.append("line %d: match %r" % (n, match))
    elif exp not in pool: errors.append("line %d: %s %r not in %s" % (n, match, exp, doc))
    if cat == "para" and exp.lower() in q.lower():
        errors.append("line %d: para question repeats the title %r" % (n, exp))
for f, (internal, titles, sections) in docs.items():
    print("%-36s %-8s %2d titles %2d headings" % (f, "internal" if internal else "public", len(titles), len(sections)))
print("categories:", ", ".join("%s %d/%d" % (c, counts[c], WANT[c]) for c in WANT))
for c in WANT:
    if counts[c] != WANT[c]: errors.append("category %s: %d, want %d" % (c, counts[c], WANT[c]))
print("total questions:", sum(counts.values()))
print("internal documents:", sum(1 for v in docs.values() if v[0]))
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
