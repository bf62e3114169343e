#!/usr/bin/env python3
"""Independent, simple parser for the eval72 briefings and checker for questions.tsv.

Parses front matter, headings, bullets, table rows and section text; checks that
every expected title exists in the named document (and that internal-document
answers are only expected for internal-audience questions); prints entries per
document and questions per category. Prints OK when all checks pass."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")
WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = lines.index("---", 1)
        for l in lines[1:j]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip()
        i = j + 1
    md = path.endswith(".md")
    doc = {"meta": meta, "sections": [], "titles": set(), "entries": 0}
    section, has_text, header = None, False, None

    def close():
        if section is not None and has_text:
            doc["entries"] += 1

    for l in lines[i:]:
        s = l.strip()
        if not s:
            continue
        m_b = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+)):\s*\S", s)
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if header is None:
                header = cells
                continue
            doc["titles"].add(cells[0])
            doc["entries"] += 1
            continue
        header = None
        if m_b:
            doc["titles"].add((m_b.group(1) or m_b.group(2)).strip())
            doc["entries"] += 1
            continue
        is_head = s.startswith("#") if md else (len(s) < 90 and not re.search(r"[.:;,!]$", s))
        if is_head:
            close()
            section = s.lstrip("#").strip()
            doc["sections"].append(section)
            doc["titles"].add(section)
            has_text = False
            continue
        has_text = True
    close()
    return doc


def main():
    docs = {f: parse(os.path.join(BRIEF, f)) for f in sorted(os.listdir(BRIEF))}
    errors = []
    print("Entries per document:")
    for f, d in docs.items():
        aud = "internal" if d["meta"].get("audience") == "internal" else "public"
        print(f"  {f:45s} {aud:8s} sections={len(d['sections']):2d} entries={d['entries']}")
    internal = {f for f, d in docs.items() if d["meta"].get("audience") == "internal"}
    if len(internal) != 1:
        errors.append(f"expected exactly 1 internal document, got {sorted(internal)}")

    rows = [l.rstrip("\n").split("\t") for l in open(QUESTIONS, encoding="utf-8")]
    if rows[0] != ["#id", "audience", "match", "docs", "expected", "question"]:
        errors.append("bad header")
    cats, ids, qs = collections.Counter(), set(), set()
    for r in rows[1:]:
        if len(r) != 6:
            errors.append(f"wrong field count: {r}")
            continue
        qid, aud, match, dfile, exp, q = r
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if qid in ids:
            errors.append(f"duplicate id {qid}")
        ids.add(qid)
        if (aud, q) in qs:
            errors.append(f"duplicate question {q}")
        qs.add((aud, q))
        if aud not in ("public", "internal"):
            errors.append(f"{qid}: audience {aud}")
        if match == "none":
            if dfile or exp:
                errors.append(f"{qid}: match none with expected answers")
            continue
        if match not in ("title", "section"):
            errors.append(f"{qid}: match {match}")
        if dfile not in docs:
            errors.append(f"{qid}: no document {dfile}")
            continue
        d = docs[dfile]
        if match == "section" and exp not in d["sections"]:
            errors.append(f"{qid}: no section {exp!r} in {dfile}")
        if match == "title" and exp not in d["titles"]:
            errors.append(f"{qid}: no entry {exp!r} in {dfile}")
        if dfile in internal and aud != "internal":
            errors.append(f"{qid}: public question expects internal document")
    print("Questions per category:")
    for c in WANT:
        print(f"  {c:5s} {cats[c]:3d} (want {WANT[c]})")
        if cats[c] != WANT[c]:
            errors.append(f"category {c}: {cats[c]} != {WANT[c]}")
    total = sum(cats.values())
    print(f"  total {total}")
    if total != 178 or set(cats) - set(WANT):
        errors.append(f"total {total} or unknown categories {set(cats) - set(WANT)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAIL ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
