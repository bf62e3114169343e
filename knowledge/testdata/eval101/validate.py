#!/usr/bin/env python3
"""Independent checker for eval101/questions.tsv: every expected title or heading
must exist in its document, and the categories must have the counts the brief asks."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

def parse(path):
    titles, headings, internal = set(), set(), False
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if re.match(r"\s*audience:\s*internal\b", l):
                internal = True
        i = j + 1
    md = path.endswith(".md")
    prev_table = False
    for l in lines[i:]:
        s = l.strip()
        if not s:
            prev_table = False
            continue
        m = re.match(r"^#+\s+(.*)$", s)
        if md and m:
            headings.add(m.group(1).strip()); prev_table = False; continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*:", s) or re.match(r"^[-*]\s+([^:*]+?):\s", s)
        if m:
            titles.add(m.group(1).strip()); prev_table = False; continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                prev_table = True; continue
            if prev_table:
                titles.add(cells[0])
            # a header row is followed by its separator, so it is not yet a row
            continue
        if not md and len(s) < 80 and not re.search(r"[.:?!,;]$", s):
            headings.add(s)
        prev_table = False
    return titles, headings, internal

docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
errors, counts, per_doc = [], collections.Counter(), collections.Counter()
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "questions.tsv"), encoding="utf-8")]
if rows[0] != ["#id", "audience", "match", "docs", "expected", "question"]:
    errors.append("bad header")
ids = set()
for r in rows[1:]:
    if len(r) != 6:
        errors.append(f"wrong column count: {r}"); continue
    qid, aud, match, doc, exp, q = r
    cat = re.match(r"[a-z]+", qid).group(0)
    counts[cat] += 1
    if qid in ids: errors.append(f"{qid}: duplicate id")
    ids.add(qid)
    if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
    if match == "none":
        if doc or exp: errors.append(f"{qid}: none with docs/expected")
        continue
    if doc not in docs: errors.append(f"{qid}: no document {doc}"); continue
    titles, headings, internal = docs[doc]
    per_doc[doc] += 1
    if internal and aud != "internal": errors.append(f"{qid}: public question expects internal doc")
    if match == "title" and exp not in titles: errors.append(f"{qid}: title {exp!r} not in {doc}")
    if match == "section" and exp not in headings: errors.append(f"{qid}: heading {exp!r} not in {doc}")
    if cat == "para" and exp.lower() in q.lower(): errors.append(f"{qid}: para reuses title wording")
for cat, n in WANT.items():
    if counts[cat] != n: errors.append(f"category {cat}: {counts[cat]} (want {n})")

print("documents:")
for f, (t, h, internal) in docs.items():
    print(f"  {f}: {len(t)} titles, {len(h)} headings{' (internal)' if internal else ''}, {per_doc[f]} questions expect it")
print("categories: " + ", ".join(f"{c} {counts[c]}" for c in WANT) + f"; total {sum(counts.values())}")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
