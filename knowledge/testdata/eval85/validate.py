#!/usr/bin/env python3
"""Independent check of eval85: parses the briefings simply (front matter,
headings, bullets, table rows) and checks every expected answer exists in
the document named. Prints entries per document and questions per category."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*(.+?)\*\*\s*:|([^:]{1,80}?):\s)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    fm = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.split(" #")[0].strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith(".md")
    sections, bullets, rows = [], [], []
    text_sections = set()
    cur, in_table = None, False
    for l in lines:
        s = l.strip()
        if not s:
            in_table = False
            continue
        if md and s.startswith("#"):
            cur = s.lstrip("#").strip(); sections.append(cur); in_table = False
            continue
        if "|" in s:
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                rows.append([c.strip() for c in s.strip("|").split("|")][0])
            continue  # header row
        in_table = False
        m = BULLET.match(l)
        if m:
            bullets.append((m.group(1) or m.group(2)).strip())
            continue
        if s.startswith(("- ", "* ")):
            continue
        if not md and len(s) < 60 and not s.endswith((".", "?", "!", ":", ";", ",")):
            cur = s; sections.append(cur)
            continue
        if cur is not None:
            text_sections.add(cur)
    return fm, sections, text_sections, bullets, rows

docs = {}
for name in sorted(os.listdir(BRIEF)):
    if name.endswith((".md", ".txt")):
        docs[name] = parse(os.path.join(BRIEF, name))

errors = []
print("entries per document:")
internal = []
for name, (fm, secs, tsecs, bullets, rows) in docs.items():
    n = len(tsecs) + len(bullets) + len(rows)
    aud = fm.get("audience", "public") or "public"
    if aud == "internal":
        internal.append(name)
    print(f"  {name:42s} {aud:8s} sections={len(secs):2d} text={len(tsecs):2d} "
          f"bullets={len(bullets):2d} rows={len(rows):2d} entries={n}")
    if not 12 <= n <= 18:
        errors.append(f"{name}: {n} entries, not about 15")
if len(internal) != 1:
    errors.append(f"internal documents: {internal}")

cats = collections.Counter()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header: " + header)
    ids = set()
    for ln, line in enumerate(f, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6:
            errors.append(f"line {ln}: {len(parts)} fields"); continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group()] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if not q.strip(): errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: no document {doc}"); continue
        fm, secs, tsecs, bullets, rows = docs[doc]
        if doc in internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if match == "title":
            if exp not in bullets and exp not in rows:
                errors.append(f"{qid}: title {exp!r} not in {doc}")
        elif match == "section":
            if exp not in tsecs:
                errors.append(f"{qid}: section with text {exp!r} not in {doc}")
        else:
            errors.append(f"{qid}: match {match}")

print("questions per category:")
for c, n in cats.items():
    print(f"  {c:5s} {n}")
print(f"  total {sum(cats.values())}")
want = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}
if dict(cats) != want:
    errors.append(f"category counts {dict(cats)} != {want}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
