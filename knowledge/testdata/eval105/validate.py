#!/usr/bin/env python3
"""Independent checks for /tmp/eval105/questions.tsv against /tmp/eval105/briefings.

A deliberately simple parser (it shares nothing with briefbot):
- front matter between leading '---' lines; 'audience: internal' marks a document internal;
- Markdown headings: lines starting with '#'; plain-text headings: short lines of their
  own (no bullet, no pipe) that do not end in sentence punctuation;
- entries counted per document: the titles below plus FAQ answers (headings ending in '?');
- entry titles: '- Name: text' bullets, '* **Name**: text' bullets, and the first cell of
  every table row that is neither a header row (the line before a '---|' separator) nor
  the separator itself.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16,
        "tab": 13, "dis": 12, "none": 26, "leak": 16}

SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    internal, start = False, 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for fm in lines[1:i]:
                    key, _, val = fm.partition(":")
                    if key.strip() == "audience" and val.split("#")[0].strip().strip("'\"") == "internal":
                        internal = True
                start = i + 1
                break
    md = path.endswith(".md")
    heads, titles = set(), collections.Counter()
    body = lines[start:]
    for n, raw in enumerate(body):
        s = raw.strip()
        if not s:
            continue
        m = re.match(r"^\*\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^-\s+([^:]+?):\s", s)
        if m:
            titles[m.group(1).strip()] += 1
            continue
        if "|" in s:
            if SEP.match(s):
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in s.strip("|").split("|")]
            titles[cells[0]] += 1
            continue
        if md:
            if s.startswith("#"):
                heads.add(s.lstrip("#").strip())
        else:
            if len(s) <= 80 and not re.search(r"[.:;!?,]$", s) and not s.startswith(("-", "*")):
                heads.add(s)
    return internal, heads, titles

def main():
    problems = []
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    internal_docs = {d for d, (i, _, _) in docs.items() if i}
    if len(docs) != 12:
        problems.append("expected 12 briefings, found %d" % len(docs))
    if len(internal_docs) != 1:
        problems.append("expected exactly one internal briefing, found %s" % sorted(internal_docs))
    for d, (_, heads, titles) in docs.items():
        n = sum(titles.values()) + sum(1 for h in heads if h.endswith("?"))
        if not 12 <= n <= 18:
            problems.append("%s: %d named entries, want 12-18" % (d, n))

    rows = open(QFILE, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        problems.append("bad header: %r" % rows[0])
    counts, ids, questions = collections.Counter(), set(), set()
    for ln, row in enumerate(rows[1:], 2):
        f = row.split("\t")
        if len(f) != 6:
            problems.append("line %d: %d fields" % (ln, len(f)))
            continue
        qid, aud, match, doc, exp, question = f
        if qid in ids:
            problems.append("line %d: duplicate id %s" % (ln, qid))
        ids.add(qid)
        if question.lower() in questions:
            problems.append("line %d: duplicate question" % ln)
        questions.add(question.lower())
        cat = re.match(r"^[a-z]+", qid).group(0)
        counts[cat] += 1
        if aud not in ("public", "internal"):
            problems.append("%s: bad audience %s" % (qid, aud))
        if not question.strip():
            problems.append("%s: empty question" % qid)
        if match == "none":
            if doc or exp:
                problems.append("%s: none with docs/expected" % qid)
            continue
        if match not in ("title", "section"):
            problems.append("%s: bad match %s" % (qid, match))
            continue
        if doc not in docs:
            problems.append("%s: unknown document %s" % (qid, doc))
            continue
        internal, heads, titles = docs[doc]
        if aud == "public" and internal:
            problems.append("%s: public question expects internal document %s" % (qid, doc))
        if cat == "leak" and aud == "internal" and not internal:
            problems.append("%s: internal leak question expects a public document" % qid)
        if match == "title":
            if exp not in titles:
                problems.append("%s: title %r not in %s" % (qid, exp, doc))
            elif titles[exp] > 1:
                problems.append("%s: title %r occurs %d times in %s" % (qid, exp, titles[exp], doc))
        elif exp not in heads:
            problems.append("%s: heading %r not in %s" % (qid, exp, doc))
    for cat, want in WANT.items():
        if counts[cat] != want:
            problems.append("category %s: %d questions, want %d" % (cat, counts[cat], want))
    for cat in counts:
        if cat not in WANT:
            problems.append("unknown category %s" % cat)
    leak_pub = sum(1 for r in rows[1:] if r.startswith("leak") and r.split("\t")[1] == "public")
    if leak_pub != 10:
        problems.append("leak: %d public questions, want 10" % leak_pub)
    none_unrel = counts["none"]
    print("documents: %d (%d internal); questions: %d" % (len(docs), len(internal_docs), sum(counts.values())))
    print("categories: " + ", ".join("%s %d" % (c, counts[c]) for c in WANT))
    for d, (i, heads, titles) in sorted(docs.items()):
        faq = sum(1 for h in heads if h.endswith("?"))
        print("  %-52s %-8s %2d entries (%d named, %d FAQ answers), %d headings" % (
            d, "internal" if i else "public", sum(titles.values()) + faq, sum(titles.values()), faq, len(heads)))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
