#!/usr/bin/env python3
"""Independent check of eval91: parse briefings simply, verify every expected title."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
EXPECTED_COUNTS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
                   "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith(".md")
    entries = []          # (kind, title)
    heading, header_seen, has_text = None, False, False
    def close():
        if heading and has_text:
            entries.append(("section", heading))
    for l in lines:
        s = l.strip()
        if not s:
            continue
        if s.startswith("|") or s.count("|") >= 2:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if not header_seen:
                header_seen = True
                continue
            entries.append(("row", cells[0]))
            continue
        header_seen = False
        m = re.match(r"^\*\s+\*\*(.+?)\*\*:\s*(.+)$", s) or re.match(r"^-\s+([^:]{1,60}):\s+(.+)$", s)
        if m:
            entries.append(("item", m.group(1).strip()))
            continue
        is_heading = s.startswith("#") if md else (len(s) < 80 and not re.search(r"[.!?:;,]$", s))
        if is_heading:
            close()
            heading, has_text = s.lstrip("#").strip(), False
        else:
            has_text = True
    close()
    return meta, entries

docs = {}
for name in sorted(os.listdir(BRIEF)):
    meta, entries = parse(os.path.join(BRIEF, name))
    docs[name] = (meta, entries)

ok = True
print("Entries per document:")
for name, (meta, entries) in docs.items():
    kinds = collections.Counter(k for k, _ in entries)
    aud = "internal" if meta.get("audience") == "internal" else "public"
    print(f"  {name:45s} {len(entries):3d} entries ({kinds['section']} section, {kinds['item']} item, {kinds['row']} row) {aud}")
internal = [n for n, (m, _) in docs.items() if m.get("audience") == "internal"]
if len(internal) != 1:
    ok = False; print("ERROR: expected exactly 1 internal document, found", internal)

rows = list(csv.reader(open(os.path.join(HERE, "questions.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
header, rows = rows[0], rows[1:]
if header != ["#id", "audience", "match", "docs", "expected", "question"]:
    ok = False; print("ERROR: header", header)
cats = collections.Counter()
ids = set()
for r in rows:
    if len(r) != 6:
        ok = False; print("ERROR: row width", r); continue
    qid, aud, match, doc, exp, q = r
    if qid in ids:
        ok = False; print("ERROR: duplicate id", qid)
    ids.add(qid)
    cat = re.match(r"[a-z]+", qid).group(0)
    cats[cat] += 1
    if match == "none":
        if doc or exp:
            ok = False; print("ERROR: none row with expected", qid)
        continue
    if doc not in docs:
        ok = False; print("ERROR: unknown doc", qid, doc); continue
    titles = {t for _, t in docs[doc][1]}
    if exp not in titles:
        ok = False; print("ERROR: title not found", qid, doc, exp)
    if doc in internal and aud != "internal":
        ok = False; print("ERROR: public question expects internal doc", qid)
    if cat == "leak" and aud == "public":
        ok = False; print("ERROR: public leak question expects an answer", qid)
print("Questions per category:")
for c, n in EXPECTED_COUNTS.items():
    flag = "" if cats[c] == n else f"  (want {n})"
    if cats[c] != n: ok = False
    print(f"  {c:5s} {cats[c]:3d}{flag}")
print(f"  total {sum(cats.values())}")
if sum(cats.values()) != 178: ok = False
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
