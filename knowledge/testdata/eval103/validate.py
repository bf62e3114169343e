#!/usr/bin/env python3
"""Independent, simple checker for eval103: every expected title or heading exists in its
document, the TSV is well formed, and the categories have the counts the brief asks for."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
HEADER = "#id\taudience\tmatch\tdocs\texpected\tquestion"
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

def strip_front_matter(lines):
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

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta, body = strip_front_matter(lines)
    md = path.endswith(".md")
    titles, headings = set(), set()
    for n, raw in enumerate(body):
        l = raw.strip()
        if not l:
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", l) or re.match(r"^[-*]\s+([^:]{1,60}):\s", l)
        if m:
            titles.add(m.group(1).strip())
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if re.fullmatch(r"\|?\s*:?-+.*", nxt):
                continue  # header row
            titles.add(cells[0])
            continue
        if md:
            m = re.match(r"^#+\s+(.+)$", l)
            if m:
                headings.add(m.group(1).strip())
        elif len(l) < 70 and not re.search(r"[.!:;,]$", l):
            headings.add(l)
    return meta, titles, headings

def main():
    docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
    errors = []
    internal = [f for f, (m, _, _) in docs.items() if m.get("audience") == "internal"]
    if len(internal) != 1:
        errors.append(f"want exactly one internal briefing, have {internal}")
    lines = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().splitlines()
    if lines[0] != HEADER:
        errors.append("header line differs")
    counts, ids, per_doc = collections.Counter(), set(), collections.Counter()
    dis = collections.defaultdict(list)
    for ln, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append(f"line {ln}: {len(cols)} columns"); continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        counts[cat] += 1
        if aud not in ("public", "internal"):
            errors.append(f"{qid}: audience {aud}")
        if match == "none":
            if doc or exp:
                errors.append(f"{qid}: none with docs/expected")
            continue
        if doc not in docs:
            errors.append(f"{qid}: unknown doc {doc}"); continue
        meta, titles, headings = docs[doc]
        per_doc[doc] += 1
        if match == "title" and exp not in titles:
            errors.append(f"{qid}: title {exp!r} not in {doc}")
        if match == "section" and exp not in headings:
            errors.append(f"{qid}: heading {exp!r} not in {doc}")
        if match not in ("title", "section"):
            errors.append(f"{qid}: match {match}")
        if doc in internal and aud != "internal":
            errors.append(f"{qid}: public question expects the internal briefing")
        if cat == "para" and exp.lower() in q.lower():
            errors.append(f"{qid}: para question repeats the title {exp!r}")
        if cat == "dis":
            dis[q.lower().split(" the ")[0] + exp].append(doc)
    for cat, n in WANT.items():
        if counts[cat] != n:
            errors.append(f"category {cat}: {counts[cat]} (want {n})")
    print("documents:")
    for f, (m, t, h) in docs.items():
        print(f"  {f}: {len(t)} titled entries, {len(h)} headings, audience {m.get('audience', 'public')}, {per_doc[f]} questions")
    print("categories:", ", ".join(f"{c} {counts[c]}" for c in WANT), f"= {sum(counts.values())}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

sys.exit(main())
