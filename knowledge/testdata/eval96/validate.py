#!/usr/bin/env python3
"""Independent sanity check for eval96/questions.tsv.

A deliberately simple parser, written without looking at the bot's code:
  * strips a leading YAML front matter block (--- ... ---) and reads `audience:`;
  * titles   = `- Name: text` bullets, `* **Name**: text` bullets, and the first
               cell of table rows (header and separator rows skipped);
  * headings = Markdown `#` headings, and in .txt files short plain lines that are
               not bullets, not table rows and do not end in sentence punctuation.
Checks that every expected title/heading exists in its document, that internal
documents are only expected for internal questions, that `none` rows have empty
docs/expected, that para questions do not reuse the entry title's wording, and
counts categories.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
HEADER = "#id\taudience\tmatch\tdocs\texpected\tquestion"
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

BULLET_BOLD = re.compile(r"^\*\s+\*\*(.+?)\*\*:\s*\S")
BULLET_PLAIN = re.compile(r"^[-*]\s+([^:]{1,80}?):\s+\S")
TABLE_SEP = re.compile(r"^\|?\s*:?-{3,}")


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
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for fm in lines[1:end]:
            if fm.lower().startswith("audience:"):
                audience = fm.split(":", 1)[1].strip()
        lines = lines[end + 1:]
    titles, headings, tables = [], [], 0
    is_txt = path.endswith(".txt")
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "|" in line:
            if TABLE_SEP.match(line):
                continue
            if TABLE_SEP.match(nxt):  # header row
                tables += 1
                continue
            titles.append(cells(line)[0])
            continue
        m = BULLET_BOLD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if line.startswith("#"):
            headings.append(line.lstrip("#").strip())
            continue
        if is_txt and len(line) <= 80 and not line.endswith((".", "!", ",", ";")):
            headings.append(line)
    return audience, titles, headings, tables


def main():
    docs = {}
    print("Briefings:")
    for name in sorted(os.listdir(BRIEF)):
        aud, titles, heads, tables = parse(os.path.join(BRIEF, name))
        docs[name] = (aud, titles, heads)
        dup = [t for t, n in collections.Counter(titles).items() if n > 1]
        print("  %-40s %-8s %2d titles %2d headings %d tables%s" % (
            name, aud, len(titles), len(heads), tables,
            ("  DUPLICATE " + ", ".join(dup)) if dup else ""))
    problems = []
    counts = collections.Counter()
    by_doc = collections.Counter()
    audiences = collections.Counter()
    seen_q = set()
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if rows[0] != HEADER:
        problems.append("header line differs")
    for n, row in enumerate(rows[1:], 2):
        parts = row.split("\t")
        if len(parts) != 6:
            problems.append("line %d: %d columns" % (n, len(parts)))
            continue
        qid, aud, match, doc, exp, q = parts
        cat = re.match(r"[a-z]+", qid).group(0)
        counts[cat] += 1
        audiences[aud] += 1
        if q.lower() in seen_q:
            problems.append("%s: duplicate question" % qid)
        seen_q.add(q.lower())
        if aud not in ("public", "internal"):
            problems.append("%s: bad audience %r" % (qid, aud))
        if match == "none":
            if doc or exp:
                problems.append("%s: none with docs/expected" % qid)
            continue
        if doc not in docs:
            problems.append("%s: unknown doc %r" % (qid, doc))
            continue
        by_doc[doc] += 1
        daud, titles, heads = docs[doc]
        if match == "title" and exp not in titles:
            problems.append("%s: title %r not in %s" % (qid, exp, doc))
        elif match == "section" and exp not in heads:
            problems.append("%s: heading %r not in %s" % (qid, exp, doc))
        elif match not in ("title", "section"):
            problems.append("%s: bad match %r" % (qid, match))
        if daud == "internal" and aud != "internal":
            problems.append("%s: public question expects internal doc" % qid)
        if cat == "para" and exp.lower().rstrip("?") in q.lower():
            problems.append("%s: para reuses the title's wording" % qid)
        if cat == "dis" and doc.split("-")[0][:4].lower() not in q.lower().replace("ó", "o").replace("ö", "o"):
            problems.append("%s: dis question does not name its place" % qid)
    leak_pub = sum(1 for r in rows[1:] if r.startswith("leak") and "\tpublic\tnone\t" in r)
    print("\nCategories:")
    for cat, want in WANT.items():
        flag = "" if counts[cat] == want else "  (want %d)" % want
        print("  %-5s %3d%s" % (cat, counts[cat], flag))
        if counts[cat] != want:
            problems.append("%s: %d, want %d" % (cat, counts[cat], want))
    print("  total %3d" % sum(counts.values()))
    print("  audiences: %s; leak public/none: %d" % (dict(audiences), leak_pub))
    print("\nQuestions with an expected entry, per document:")
    for name in sorted(docs):
        print("  %-40s %3d" % (name, by_doc[name]))
    print("\n%d problems" % len(problems))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
