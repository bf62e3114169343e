#!/usr/bin/env python3
"""Independent check of /tmp/eval106/questions.tsv against the briefings.
Parses the briefings itself (no briefbot code): headings, bullet names,
table-row first cells, front matter audience."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]

def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    audience = "public"
    i = 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"^audience:\s*(\S+)", lines[j])
            if m:
                audience = m.group(1)
            j += 1
        i = j + 1
    md = path.endswith(".md")
    headings, titles = set(), collections.Counter()
    body = lines[i:]
    for k, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        nxt = body[k + 1].strip() if k + 1 < len(body) else ""
        if "|" in line:
            if SEP.match(line):
                continue
            if SEP.match(nxt):  # header row
                continue
            first = cells(line)[0]
            if first:
                titles[first] += 1
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", line) or re.match(r"^[-*]\s+([^:]{1,60}?):\s", line)
        if m:
            titles[m.group(1).strip()] += 1
            continue
        if md:
            m = re.match(r"^#{1,6}\s+(.*)$", line)
            if m:
                headings.add(m.group(1).strip())
        else:
            if len(line) <= 80 and not re.search(r"[.:;!?,]$", line):
                headings.add(line)
    return audience, headings, titles

docs = {}
for name in sorted(os.listdir(BDIR)):
    if name.endswith((".md", ".txt", ".markdown")):
        docs[name] = parse(os.path.join(BDIR, name))

errors = []
internal = {d for d, (a, _, _) in docs.items() if a == "internal"}
if len(internal) != 1:
    errors.append(f"expected exactly one internal document, found {sorted(internal)}")

counts = collections.Counter()
seen_ids = set()
with open(QFILE, encoding="utf-8") as f:
    rows = f.read().rstrip("\n").split("\n")
if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
    errors.append("bad header: " + rows[0])
for n, row in enumerate(rows[1:], 2):
    parts = row.split("\t")
    if len(parts) != 6:
        errors.append(f"line {n}: {len(parts)} fields")
        continue
    qid, aud, match, doc, exp, q = parts
    if qid in seen_ids:
        errors.append(f"{qid}: duplicate id")
    seen_ids.add(qid)
    cat = re.match(r"^[a-z]+", qid).group(0)
    counts[cat] += 1
    if aud not in ("public", "internal"):
        errors.append(f"{qid}: audience {aud!r}")
    if not q.strip():
        errors.append(f"{qid}: empty question")
    if match == "none":
        if doc or exp:
            errors.append(f"{qid}: none with docs/expected")
        continue
    if match not in ("title", "section"):
        errors.append(f"{qid}: match {match!r}")
        continue
    if doc not in docs:
        errors.append(f"{qid}: unknown document {doc}")
        continue
    a, heads, titles = docs[doc]
    if aud == "public" and a == "internal":
        errors.append(f"{qid}: public question expects internal document {doc}")
    if match == "title" and exp not in titles:
        errors.append(f"{qid}: title {exp!r} not in {doc}")
    if match == "section" and exp not in heads:
        errors.append(f"{qid}: heading {exp!r} not in {doc}")

# category-specific checks
for cat, want in WANT.items():
    if counts[cat] != want:
        errors.append(f"category {cat}: {counts[cat]} questions, want {want}")
extra = set(counts) - set(WANT)
if extra:
    errors.append(f"unexpected categories {sorted(extra)}")
for row in rows[1:]:
    qid, aud, match, doc, exp, q = row.split("\t")
    if qid.startswith("leak"):
        if aud == "public" and match != "none":
            errors.append(f"{qid}: public leak question must expect none")
        if aud == "internal" and doc not in internal:
            errors.append(f"{qid}: internal leak question must expect the internal document")
    if qid.startswith("frag") and not 2 <= len(q.split()) <= 4:
        errors.append(f"{qid}: fragment has {len(q.split())} words")
leak_pub = sum(1 for r in rows[1:] if r.startswith("leak") and r.split("\t")[1] == "public")
if leak_pub != 10:
    errors.append(f"leak: {leak_pub} public, want 10")

print("documents:", len(docs), "| internal:", ", ".join(sorted(internal)))
for d, (a, h, t) in docs.items():
    print(f"  {d}: {sum(t.values())} named entries, {len(h)} headings")
print("questions:", sum(counts.values()), dict(counts))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
