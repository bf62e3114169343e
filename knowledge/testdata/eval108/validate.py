#!/usr/bin/env python3
"""Check questions.tsv against briefings/ for eval108.

Entries are read as the README's curator section defines them:
- bullets `- Name: text` and `* **Name**: text` (title = Name);
- table rows (title = first cell; the header row and the --- row are not entries);
- sections: Markdown `#` headings; in plain text a short line of its own that
  does not end like a sentence (title = the heading; FAQ answers are matched
  as `section` by their question heading).
Front matter (--- ... ---) is skipped; `audience: internal` marks a document internal.
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
CATS = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

BULLET_BOLD = re.compile(r"^\s*[*-]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN = re.compile(r"^\s*[-*]\s+([^:*][^:]{0,80}?):\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    internal = False
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for fm in lines[1:end]:
            if re.match(r"^\s*audience\s*:\s*internal\b", fm):
                internal = True
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections = set(), set()
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "|" in s and not s.startswith(("-", "*")) or SEP.match(s):
            if SEP.match(s):
                continue
            if SEP.match(nxt):  # header row
                continue
            titles.add(cells(s)[0])
            continue
        m = BULLET_BOLD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.add(m.group(1).strip())
            continue
        if md:
            if s.startswith("#"):
                sections.add(s.lstrip("#").strip())
        else:
            if len(s) < 80 and not s.endswith((".", "!", "?", ":", ";", ",")):
                sections.add(s)
    return internal, titles, sections


def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith((".md", ".txt")):
            docs[f] = parse(os.path.join(BRIEF, f))
    print("briefings:")
    for f, (internal, titles, sections) in docs.items():
        print(f"  {f}: {len(titles)} named entries, {len(sections)} sections"
              + (" [internal]" if internal else ""))
    errors = []
    counts = collections.Counter()
    ids = set()
    path = os.path.join(HERE, "questions.tsv")
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n")
        if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
            errors.append(f"bad header: {header!r}")
        for n, raw in enumerate(fh, 2):
            row = raw.rstrip("\n").split("\t")
            if len(row) != 6:
                errors.append(f"line {n}: {len(row)} columns")
                continue
            qid, aud, match, doc, exp, q = row
            if qid in ids:
                errors.append(f"{qid}: duplicate id")
            ids.add(qid)
            cat = re.match(r"[a-z]+", qid).group(0)
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
                errors.append(f"{qid}: no document {doc!r}")
                continue
            internal, titles, sections = docs[doc]
            if internal and aud != "internal":
                errors.append(f"{qid}: public question expects internal doc")
            if match == "title" and exp not in titles:
                errors.append(f"{qid}: title {exp!r} not an entry of {doc}")
            if match == "section" and exp not in sections:
                errors.append(f"{qid}: section {exp!r} not a heading of {doc}")
    print("categories:")
    total = 0
    for cat, want in CATS.items():
        got = counts.get(cat, 0)
        total += got
        flag = "" if got == want else f"  (want {want})"
        if got != want:
            errors.append(f"category {cat}: {got}, want {want}")
        print(f"  {cat:5} {got:3}{flag}")
    for cat in counts:
        if cat not in CATS:
            errors.append(f"unknown category {cat}")
    print(f"  total {total}")
    if errors:
        print("PROBLEMS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: every expected entry exists in its document")


if __name__ == "__main__":
    main()
