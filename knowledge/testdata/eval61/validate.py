#!/usr/bin/env python3
"""Validate the eval61 question set against its briefings (simple parser)."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
CATS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

BULLET = re.compile(r"^\s*[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,80})):\s*\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith(".md")
    sections, entries = [], []
    cur, has_text, in_table, header_seen = None, False, False, False

    def close():
        if cur is not None and has_text:
            entries.append(cur)

    for raw in lines:
        l = raw.strip()
        if not l:
            in_table = False
            continue
        if "|" in l:
            if SEP.match(l):
                continue
            cells = [c.strip() for c in l.strip("|").split("|")]
            if not in_table:
                in_table = True  # header row
                continue
            entries.append(cells[0])
            continue
        in_table = False
        m = BULLET.match(l)
        if m:
            entries.append((m.group(1) or m.group(2)).strip())
            continue
        is_head = (md and l.startswith("#")) or (
            not md and len(l) < 70 and not re.search(r"[.:;,!?]$", l))
        if is_head:
            close()
            cur, has_text = l.lstrip("#").strip(), False
            sections.append(cur)
            continue
        has_text = True
    close()
    return meta, sections, entries


def main():
    docs, errors = {}, []
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    print("Entries per document:")
    for name, (meta, secs, ents) in docs.items():
        aud = meta.get("audience", "public")
        print(f"  {name:40s} {len(ents):3d} entries  {len(secs):2d} sections  {aud}")
        if not 14 <= len(ents) <= 17:
            errors.append(f"{name}: {len(ents)} entries (want 14-17)")
    counts, ids = collections.Counter(), set()
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [r for r in f.read().split("\n") if r.strip()]
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errors.append("bad header")
    for n, r in enumerate(rows[1:], 2):
        cols = r.split("\t")
        if len(cols) != 6:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cat = re.sub(r"\d+$", "", qid)
        counts[cat] += 1
        if cat not in CATS:
            errors.append(f"line {n}: unknown category {cat}")
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {n}: match none needs - -")
            continue
        if doc not in docs:
            errors.append(f"line {n}: unknown doc {doc}")
            continue
        meta, secs, ents = docs[doc]
        internal = meta.get("audience") == "internal"
        if internal and aud != "internal":
            errors.append(f"line {n}: public question expects internal doc")
        if aud == "internal" and not internal:
            errors.append(f"line {n}: internal question on a public doc")
        if match == "title" and exp not in ents:
            errors.append(f"line {n}: title {exp!r} not in {doc}")
        elif match == "section" and exp not in secs:
            errors.append(f"line {n}: section {exp!r} not in {doc}")
        elif match not in ("title", "section"):
            errors.append(f"line {n}: match {match}")
    print("Questions per category:")
    for c, want in CATS.items():
        print(f"  {c:6s} {counts[c]:3d} (target {want})")
    print(f"  total  {sum(counts.values()):3d}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
