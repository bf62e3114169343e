#!/usr/bin/env python3
"""Independent check of eval90: parses the briefings simply (front matter, headings,
bullets, table rows, section text) and checks every expected title exists in its document."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, "briefings")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"^(\w+):\s*(.*?)\s*(#.*)?$", lines[j])
            if m: fm[m.group(1)] = m.group(2)
            j += 1
        i = j + 1
    md = path.endswith(".md")
    entries = []          # (kind, title, section)
    section, sec_text = None, False
    def close():
        if section and sec_text: entries.append(("section", section, section))
    k = i
    while k < len(lines):
        s = lines[k].strip(); k += 1
        if not s: continue
        is_sep = re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", s) is not None
        if is_sep: continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            nxt = lines[k].strip() if k < len(lines) else ""
            if re.fullmatch(r"\|?\s*:?-{2,}.*", nxt): continue  # header row
            entries.append(("row", cells[0], section)); continue
        m = re.match(r"^[*-]\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^[*-]\s+([^:]{1,60}):", s)
        if m: entries.append(("item", m.group(1).strip(), section)); continue
        if md and s.startswith("#"):
            close(); section, sec_text = s.lstrip("#").strip(), False; continue
        if not md and len(s) < 70 and not re.search(r"[.!?:;,]$", s):
            close(); section, sec_text = s, False; continue
        sec_text = True
    close()
    return fm, entries

docs = {}
for f in sorted(os.listdir(BDIR)):
    docs[f] = parse(os.path.join(BDIR, f))
print("Entries per document:")
internal = []
for f, (fm, es) in docs.items():
    c = collections.Counter(e[0] for e in es)
    aud = fm.get("audience", "public")
    if aud == "internal": internal.append(f)
    print(f"  {f:36s} {len(es):3d}  (items {c['item']}, rows {c['row']}, sections {c['section']})  fm={'yes' if fm else 'no'} audience={aud}")
print("  total", sum(len(es) for _, es in docs.values()))

errors = []
cats = collections.Counter()
ids = set()
with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as fh:
    header = fh.readline().rstrip("\n")
    if header != "#id\taudience\tmatch\tdocs\texpected\tquestion": errors.append("bad header")
    for n, line in enumerate(fh, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6: errors.append(f"line {n}: {len(parts)} fields"); continue
        qid, aud, match, doc, exp, q = parts
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        if aud not in ("public", "internal"): errors.append(f"{qid}: audience {aud}")
        if not q.strip(): errors.append(f"{qid}: empty question")
        if match == "none":
            if doc or exp: errors.append(f"{qid}: none with expected")
            continue
        if doc not in docs: errors.append(f"{qid}: no document {doc}"); continue
        fm, es = docs[doc]
        if fm.get("audience") == "internal" and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
        if match == "title":
            if exp not in {e[1] for e in es}: errors.append(f"{qid}: title {exp!r} not in {doc}")
        elif match == "section":
            if exp not in {e[2] for e in es}: errors.append(f"{qid}: section {exp!r} not in {doc}")
        else:
            errors.append(f"{qid}: match {match}")
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
print("Questions per category:")
for c, w in want.items():
    print(f"  {c:5s} {cats[c]:3d}")
    if cats[c] != w: errors.append(f"category {c}: {cats[c]} != {w}")
print("  total", sum(cats.values()))
if sum(cats.values()) != 178: errors.append("total != 178")
if len(internal) != 1: errors.append(f"internal documents: {internal}")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
