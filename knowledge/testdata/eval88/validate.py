#!/usr/bin/env python3
"""Independent, simple check of eval88: parses the briefings (front matter,
headings, bullets, table rows, section text) and checks that every expected
title in questions.tsv exists in the named document. Prints OK when all do."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QS = os.path.join(HERE, "questions.tsv")
CATS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

BULLET_STAR = re.compile(r"^\s*[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
BULLET_PLAIN = re.compile(r"^\s*[*-]\s+([^:]{1,80}):\s*(.*)$")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    fm = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            l = l.split(" #")[0]
            if ":" in l:
                k, v = l.split(":", 1)
                fm[k.strip()] = v.strip()
        lines = lines[end + 1:]
    md = path.endswith(".md")
    items, rows, sections, section_text = [], [], [], set()
    cur, in_table = None, False
    for raw in lines:
        l = raw.strip()
        if not l:
            in_table = False
            continue
        if "|" in l:
            if SEP.match(l):
                continue
            cells = [c.strip() for c in l.strip("|").split("|")]
            if not in_table:        # header row
                in_table = True
                continue
            rows.append(cells[0])
            continue
        in_table = False
        m = BULLET_STAR.match(l) or BULLET_PLAIN.match(l)
        if m:
            items.append(m.group(1).strip())
            continue
        if md and l.startswith("#"):
            cur = l.lstrip("#").strip()
            sections.append(cur)
            continue
        if not md and len(l) <= 80 and not re.search(r"[.!?:;,]$", l) and not l.startswith(("-", "*")):
            cur = l
            sections.append(cur)
            continue
        if cur:
            section_text.add(cur)
    return fm, items, rows, sections, section_text


def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        docs[f] = parse(os.path.join(BRIEF, f))
    print("entries per document (items + rows + sections with text):")
    total = 0
    for f, (fm, items, rows, secs, stext) in docs.items():
        n = len(items) + len(rows) + len(stext)
        total += n
        print(f"  {f:40s} audience={fm.get('audience', 'public'):8s} items={len(items):2d} rows={len(rows):2d} "
              f"section-texts={len(stext):2d} total={n}")
    print(f"  total entries: {total}")
    internal = [f for f, d in docs.items() if d[0].get("audience") == "internal"]
    bad = []
    if len(internal) != 1:
        bad.append(f"expected exactly one internal document, got {internal}")
    cats = collections.Counter()
    ids = set()
    with open(QS, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n")
        if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
            bad.append("bad header: " + header)
        for n, line in enumerate(fh, 2):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 6:
                bad.append(f"line {n}: {len(parts)} fields")
                continue
            qid, aud, match, doc, exp, q = parts
            if qid in ids:
                bad.append(f"line {n}: duplicate id {qid}")
            ids.add(qid)
            cats[re.match(r"[a-z]+", qid).group(0)] += 1
            if aud not in ("public", "internal"):
                bad.append(f"{qid}: audience {aud}")
            if not q.strip():
                bad.append(f"{qid}: empty question")
            if match == "none":
                if doc or exp:
                    bad.append(f"{qid}: none with expected")
                continue
            if doc not in docs:
                bad.append(f"{qid}: no document {doc}")
                continue
            fm, items, rows, secs, stext = docs[doc]
            if match == "title" and exp not in items + rows:
                bad.append(f"{qid}: title {exp!r} not in {doc}")
            if match == "section" and exp not in stext:
                bad.append(f"{qid}: section {exp!r} (with text) not in {doc}")
            if match not in ("title", "section"):
                bad.append(f"{qid}: match {match}")
            if aud == "public" and doc in internal:
                bad.append(f"{qid}: public question expects internal document")
    print("questions per category:")
    for c in CATS:
        print(f"  {c:5s} {cats[c]:3d} (want {CATS[c]})")
        if cats[c] != CATS[c]:
            bad.append(f"category {c}: {cats[c]} != {CATS[c]}")
    print(f"  total {sum(cats.values())}")
    if sum(cats.values()) != 178:
        bad.append("total != 178")
    for b in bad:
        print("PROBLEM:", b)
    print("OK" if not bad else f"FAILED ({len(bad)} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
