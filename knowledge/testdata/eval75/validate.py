#!/usr/bin/env python3
"""Independent check of eval75: parses the briefings with a simple parser of its
own (front matter, headings, bullets, table rows, section text) and checks that
every expected title exists in the named document. Prints OK when all is well."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

BULLET_MD = re.compile(r"^\s*[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[*-]\s+([^:]{1,80}?)\s*:\s+(.*)$")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def front_matter(lines):
    meta = {}
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for l in lines[1:j]:
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.split("#")[0].strip()
                return meta, lines[j + 1:]
    return meta, lines

def cells(line):
    s = line.strip()
    if s.startswith("|"): s = s[1:]
    if s.endswith("|"): s = s[:-1]
    return [c.strip() for c in s.split("|")]

def parse(path):
    text = open(path, encoding="utf-8").read()
    meta, lines = front_matter(text.splitlines())
    md = path.endswith(".md")
    sections, entries = [], []   # entries: (kind, title, section)
    cur, has_text, in_table, ncols = None, False, False, 0
    def close():
        if cur is not None and has_text:
            entries.append(("section", cur, cur))
    for raw in lines:
        line = raw.strip()
        if not line:
            in_table = False
            continue
        if "|" in line:
            if SEP.match(line):
                continue
            if not in_table:
                in_table, ncols = True, len(cells(line))  # header row
                continue
            c = cells(line)
            assert len(c) == ncols, f"{path}: row has {len(c)} cells, header {ncols}: {line}"
            entries.append(("row", c[0], cur))
            continue
        in_table = False
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            entries.append(("item", m.group(1).strip(), cur))
            continue
        is_heading = (line.startswith("#") if md else
                      (len(line.split()) <= 10 and not re.search(r"[.,;:!]$", line)))
        if is_heading:
            close()
            cur, has_text = line.lstrip("#").strip(), False
            sections.append(cur)
        else:
            has_text = True
    close()
    return meta, sections, entries

def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    problems = []
    print("Entries per document:")
    internal = set()
    for name, (meta, secs, ents) in docs.items():
        aud = meta.get("audience", "public") or "public"
        if aud == "internal": internal.add(name)
        kinds = collections.Counter(k for k, _, _ in ents)
        print(f"  {name:40s} {aud:8s} sections={len(secs):2d} entries={len(ents):2d} "
              f"(items {kinds['item']}, rows {kinds['row']}, section texts {kinds['section']})")
    if len(docs) != 12: problems.append(f"{len(docs)} documents, want 12")
    if len(internal) != 1: problems.append(f"{len(internal)} internal documents, want 1")

    rows = []
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
            problems.append("bad header")
        for n, line in enumerate(f, 2):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 6:
                problems.append(f"line {n}: {len(parts)} fields"); continue
            rows.append((n, parts))
    ids = [p[0] for _, p in rows]
    if len(set(ids)) != len(ids): problems.append("duplicate ids")
    if len(set(p[5].lower() for _, p in rows)) != len(rows): problems.append("duplicate questions")
    cats = collections.Counter(re.match(r"[a-z]+", i).group(0) for i in ids)
    for n, (qid, aud, match, doc, exp, q) in rows:
        if aud not in ("public", "internal"): problems.append(f"{qid}: audience {aud}")
        if match == "none":
            if doc or exp: problems.append(f"{qid}: none with expected")
            continue
        if doc not in docs: problems.append(f"{qid}: no document {doc}"); continue
        meta, secs, ents = docs[doc]
        titles = {t for _, t, _ in ents} if match == "title" else set(secs)
        if exp not in titles: problems.append(f"{qid}: '{exp}' not a {match} in {doc}")
        if doc in internal and aud != "internal": problems.append(f"{qid}: public question expects internal doc")
    for c, k in sorted(cats.items()): pass
    print("Questions per category:")
    for c in WANT:
        print(f"  {c:5s} {cats.get(c, 0):3d} (want {WANT[c]})")
        if cats.get(c, 0) != WANT[c]: problems.append(f"{c}: {cats.get(c, 0)} != {WANT[c]}")
    extra = set(cats) - set(WANT)
    if extra: problems.append(f"unknown categories {extra}")
    print(f"  total {len(rows)} (want 178)")
    if len(rows) != 178: problems.append("total != 178")
    lp = sum(1 for _, p in rows if p[0].startswith("leak") and p[1] == "public")
    li = sum(1 for _, p in rows if p[0].startswith("leak") and p[1] == "internal")
    nn = sum(1 for _, p in rows if p[0].startswith("none"))
    print(f"  leak: {lp} public expecting none, {li} internal expecting entries")
    if (lp, li) != (10, 6): problems.append("leak split != 10/6")
    for p in problems: print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
