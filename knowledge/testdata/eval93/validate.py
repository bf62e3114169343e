#!/usr/bin/env python3
"""Independent, simple check of questions.tsv against ./briefings.

Parses each briefing on its own (front matter, Markdown '#' headings or plain
short heading lines, '- Name: text' and '* **Name**: text' bullets, table rows
whose first cell is the title), then checks every question: header, columns,
audience, that each expected title/section exists in its document, that the
internal document is only expected by internal questions, that para questions
do not repeat their entry title, and the category counts."""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip()
        lines = lines[end + 1:]
    md = path.endswith(".md")
    titles, sections = [], []
    header_next = False
    for l in lines:
        s = l.strip()
        if not s:
            continue
        m = re.match(r"^\* \*\*(.+?)\*\*:\s", s) or re.match(r"^- ([^:]{1,60}):\s", s)
        if m:
            titles.append(m.group(1).strip())
            header_next = True
            continue
        if s.startswith("|") or s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue          # separator
            if header_next:
                header_next = False
                continue          # header row
            titles.append(cells[0])
            continue
        if md and s.startswith("#"):
            sections.append(s.lstrip("#").strip())
        elif not md and len(s) < 60 and not re.search(r"[.!?:;,]$", s):
            sections.append(s)      # plain text: a short line not ending like a sentence
        header_next = True          # the next table row is a header
    return meta, titles, sections

def main():
    docs = {}
    print("%-42s %-8s %7s %8s" % ("document", "audience", "entries", "sections"))
    bad = 0
    for name in sorted(os.listdir(BRIEF)):
        meta, titles, sections = parse(os.path.join(BRIEF, name))
        aud = "internal" if meta.get("audience") == "internal" else "public"
        docs[name] = (aud, titles, sections)
        ok = 12 <= len(titles) <= 18
        print("%-42s %-8s %7d %8d%s" % (name, aud, len(titles), len(sections), "" if ok else "  <-- not 12-18"))
        dup = [t for t, n in Counter(titles).items() if n > 1]
        if dup:
            print("  duplicate titles:", dup)
        bad += (not ok) + bool(dup)
    internal = [d for d, v in docs.items() if v[0] == "internal"]
    if len(internal) != 1:
        print("want exactly one internal document, have", internal); bad += 1

    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != HEADER:
        print("bad header:", rows[0]); bad += 1
    cats, ids = Counter(), set()
    by = Counter()
    for r in rows[1:]:
        if len(r) != 6:
            print("wrong column count:", r); bad += 1; continue
        qid, aud, match, doc, exp, q = r
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if qid in ids:
            print("duplicate id", qid); bad += 1
        ids.add(qid)
        err = None
        if aud not in ("public", "internal"):
            err = "bad audience"
        elif match == "none":
            if doc or exp:
                err = "none with docs/expected"
        elif match in ("title", "section"):
            if doc not in docs:
                err = "unknown document"
            else:
                daud, titles, sections = docs[doc]
                pool = titles if match == "title" else sections
                if exp not in pool:
                    err = "expected %s not found in %s" % (match, doc)
                if daud == "internal" and aud != "internal":
                    err = "internal document expected by a public question"
                by[doc] += 1
        else:
            err = "bad match"
        if cat == "para" and exp and exp.lower() in q.lower():
            err = "para question repeats its entry title"
        if cat == "leak" and aud == "public" and match != "none":
            err = "public leak question must be none"
        if cat == "leak" and aud == "internal" and doc not in internal:
            err = "internal leak question must expect the internal document"
        if cat == "dis" and match != "title":
            err = "dis must be title"
        if err:
            print("%s: %s" % (qid, err)); bad += 1
    # dis: identical questions apart from the place, in pairs
    dis = [r for r in rows[1:] if r[0].startswith("dis")]
    for a, b in zip(dis[0::2], dis[1::2]):
        if a[4] != b[4] or a[3] == b[3]:
            print("dis pair mismatch:", a[0], b[0]); bad += 1
    leak = Counter(r[1] for r in rows[1:] if r[0].startswith("leak"))
    nn = sum(1 for r in rows[1:] if r[2] == "none")
    print()
    print("%-6s %5s %5s" % ("cat", "have", "want"))
    for c, n in WANT.items():
        print("%-6s %5d %5d%s" % (c, cats[c], n, "" if cats[c] == n else "  <--"))
        bad += cats[c] != n
    print("total  %5d" % sum(cats.values()))
    print("leak: %d public, %d internal; match none: %d" % (leak["public"], leak["internal"], nn))
    print("questions per document:", ", ".join("%s %d" % (d.split(".")[0], n) for d, n in sorted(by.items())))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
