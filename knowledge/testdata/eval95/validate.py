#!/usr/bin/env python3
"""Independent checker for eval95: every expected title or heading exists in its
document, audiences and match kinds are consistent, and the categories add up."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}


def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    internal = False
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if re.match(r"\s*audience:\s*internal\b", l):
                internal = True
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, headings = [], []
    prev_table = False
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            prev_table = False
            continue
        m = re.match(r"^\*\s+\*\*(.+?)\*\*\s*:", l) or re.match(r"^-\s+([^:]+?):\s", l)
        if m:
            titles.append(m.group(1).strip())
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                prev_table = True   # separator: rows follow
                continue
            if prev_table:
                titles.append(cells[0])
            continue
        prev_table = False
        if md and l.startswith("#"):
            headings.append(l.lstrip("#").strip())
        elif not md and len(l) < 80 and not re.search(r"[.:;!?,]$", l):
            headings.append(l)
    return internal, titles, headings


docs = {}
for name in sorted(os.listdir(BRIEF)):
    docs[name] = parse(os.path.join(BRIEF, name))

print(f"{'document':48} {'internal':8} {'titles':>6} {'headings':>8}")
for name, (internal, titles, headings) in docs.items():
    dup = [t for t, c in collections.Counter(titles).items() if c > 1]
    print(f"{name:48} {str(internal):8} {len(titles):6d} {len(headings):8d}" + (f"  dup {dup}" if dup else ""))

errors = []
counts = collections.Counter()
ids = set()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header")
    for n, line in enumerate(f, 2):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns"); continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        counts[cat] += 1
        if aud not in ("public", "internal"):
            errors.append(f"{qid}: audience {aud}")
        if not q.strip():
            errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp:
                errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}"); continue
        internal, titles, headings = docs[doc]
        if internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if match == "title" and exp not in titles:
            errors.append(f"{qid}: title {exp!r} not in {doc}")
        elif match == "section" and exp not in headings:
            errors.append(f"{qid}: heading {exp!r} not in {doc}")
        elif match not in ("title", "section"):
            errors.append(f"{qid}: match {match}")
        if cat == "para" and exp.lower() in q.lower():
            errors.append(f"{qid}: para question repeats the title {exp!r}")
        if cat == "leak" and not internal:
            errors.append(f"{qid}: leak question expects a public document")
        if cat == "frag" and not 2 <= len(q.split()) <= 4:
            errors.append(f"{qid}: fragment of {len(q.split())} words")

print()
print(f"{'category':10} {'count':>5} {'wanted':>6}")
for cat, want in WANT.items():
    print(f"{cat:10} {counts[cat]:5d} {want:6d}" + ("" if counts[cat] == want else "  <-- differs"))
print(f"{'total':10} {sum(counts.values()):5d} {sum(WANT.values()):6d}")
extra = set(counts) - set(WANT)
if extra:
    errors.append(f"unknown categories {sorted(extra)}")
for cat, want in WANT.items():
    if counts[cat] != want:
        errors.append(f"{cat}: {counts[cat]} questions, wanted {want}")
print()
if errors:
    print("\n".join(errors)); print(f"{len(errors)} problems"); sys.exit(1)
print("OK: every expected title and heading found; 0 problems")
