#!/usr/bin/env python3
"""Check questions.tsv against the briefings in briefings/.

- six tab-separated columns, unique ids, id category = text before the dash;
- audience is public or internal; match is title, section or none;
- title/section questions name an existing document, and the expected
  title (bullet name, table row first cell, or heading) or section
  (heading) exists in that document;
- none questions (categories none and leak) have empty docs and expected;
- leak questions are public; no public question expects the internal briefing;
- exactly one briefing is audience: internal; every briefing has 12-20
  entries (bullets, table rows, sections with their own text).
Exits non-zero on any problem.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFINGS = os.path.join(HERE, "briefings")
QUESTIONS = os.path.join(HERE, "questions.tsv")

BULLET_MD = re.compile(r"^\s*[-*]\s+\*\*(.+?)\*\*\s*:")
BULLET_PLAIN = re.compile(r"^\s*[-*]\s+([^:]{1,80}?):\s")
SEPARATOR = re.compile(r"^\|?\s*:?-{3,}")


def parse(path):
    """Return (headings, titles, entries, internal) for one briefing."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    internal = False
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            key, _, value = lines[i].partition(":")
            if key.strip() == "audience" and value.split("#")[0].strip() == "internal":
                internal = True
            i += 1
        i += 1
    markdown = path.endswith((".md", ".markdown"))
    headings, titles = [], []
    entries = 0
    section_has_text = False
    in_table = False
    header_pending = False

    def close_section():
        nonlocal entries, section_has_text
        if section_has_text:
            entries += 1
        section_has_text = False

    for raw in lines[i:]:
        line = raw.strip()
        if not line:
            in_table = False
            continue
        if "|" in line and (line.startswith("|") or line.endswith("|")):
            if SEPARATOR.match(line):
                header_pending = False
                continue
            if not in_table:
                in_table = True
                header_pending = True  # the header row, confirmed by the separator
                continue
            cell = line.strip("|").split("|")[0].strip()
            titles.append(cell)
            entries += 1
            continue
        in_table = False
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            entries += 1
            continue
        if markdown:
            if line.startswith("#"):
                close_section()
                headings.append(line.lstrip("#").strip())
                continue
        else:
            if len(line) <= 80 and not re.search(r"[.:;,!?]$", line):
                close_section()
                headings.append(line)
                continue
        section_has_text = True
    close_section()
    return headings, titles + headings, entries, internal


def main():
    problems = []
    docs = {}
    for name in sorted(os.listdir(BRIEFINGS)):
        if name.endswith((".md", ".txt", ".markdown")):
            docs[name] = parse(os.path.join(BRIEFINGS, name))
    internal_docs = [n for n, d in docs.items() if d[3]]
    if len(internal_docs) != 1:
        problems.append("expected exactly one internal briefing, found %s" % internal_docs)
    public_docs = [n for n in docs if n not in internal_docs]
    if len(public_docs) != 12:
        problems.append("expected 12 public briefings, found %d" % len(public_docs))
    for name, (_, _, entries, _) in docs.items():
        if not 12 <= entries <= 20:
            problems.append("%s: %d entries, want 12-20" % (name, entries))

    ids = set()
    counts = {}
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = f.read().splitlines()
    if not rows or rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        problems.append("questions.tsv: bad header line")
    for n, row in enumerate(rows[1:], start=2):
        cols = row.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns" % (n, len(cols)))
            continue
        qid, audience, match, doc, expected, question = cols
        where = "line %d (%s)" % (n, qid)
        if qid in ids:
            problems.append("%s: duplicate id" % where)
        ids.add(qid)
        cat = qid.split("-")[0]
        counts[cat] = counts.get(cat, 0) + 1
        if audience not in ("public", "internal"):
            problems.append("%s: bad audience %r" % (where, audience))
        if not question.strip():
            problems.append("%s: empty question" % where)
        if match == "none":
            if doc or expected:
                problems.append("%s: none question with docs/expected" % where)
            if cat not in ("none", "leak"):
                problems.append("%s: none match outside none/leak" % where)
            if cat == "leak" and audience != "public":
                problems.append("%s: leak question must be public" % where)
            continue
        if cat in ("none", "leak"):
            problems.append("%s: %s question must have match none" % (where, cat))
        if match not in ("title", "section"):
            problems.append("%s: bad match %r" % (where, match))
            continue
        if doc not in docs:
            problems.append("%s: no briefing %r" % (where, doc))
            continue
        headings, titles, _, internal = docs[doc]
        if internal and audience == "public":
            problems.append("%s: public question expects the internal briefing" % where)
        pool = headings if match == "section" else titles
        if expected not in pool:
            problems.append("%s: %s %r not found in %s" % (where, match, expected, doc))

    for p in problems:
        print("PROBLEM:", p)
    print("briefings:", ", ".join("%s=%d" % (n, d[2]) for n, d in docs.items()))
    print("questions:", " ".join("%s=%d" % kv for kv in counts.items()),
          "total=%d" % sum(counts.values()))
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
