#!/usr/bin/env python3
"""Independent, simple checks of questions.tsv against the briefings in ./briefings.

- header and column count; ids unique; audience/match values;
- every `title` expected is a bullet name (`- Name: text`, `* **Name**: text`) or a
  table row's first cell (not a header or separator row) in its document;
- every `section` expected is a heading line (`#...` in Markdown, a line of its own in text);
- `none` rows have empty docs and expected;
- the internal document is only expected by internal questions, and public leak
  questions expect nothing;
- para questions do not contain their entry title's exact wording;
- dis questions come in pairs that differ only by the place;
- category counts against the brief.
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEFS = os.path.join(HERE, "briefings")
WANT = {"para": 40, "frag": 15, "typo": 15, "chat": 20, "acr": 16, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}

def parse(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    front = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                front[k.strip()] = v.split("#")[0].strip()
        lines = lines[end + 1:]
    titles, headings = set(), set()
    md = path.endswith(".md")
    prev_table = False
    for i, raw in enumerate(lines):
        l = raw.strip()
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", l) or re.match(r"^[-*]\s+([^:*][^:]*?):\s", l)
        if m:
            titles.add(m.group(1).strip())
            continue
        if "|" in l:
            cells = [c.strip() for c in l.strip("|").split("|")]
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            is_sep = all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c)
            is_header = bool(re.fullmatch(r"\|?\s*:?-{3,}.*", nxt))
            if not is_sep and not is_header and cells[0]:
                titles.add(cells[0])
            continue
        if md and l.startswith("#"):
            headings.add(l.lstrip("#").strip())
        elif not md and l and len(l) < 80 and not l.endswith((".", ":", "?", "!")):
            headings.add(l)
        elif not md and l.endswith("?") and len(l) < 80:
            headings.add(l)
    return front, titles, headings

def main():
    docs = {}
    for name in sorted(os.listdir(BRIEFS)):
        docs[name] = parse(os.path.join(BRIEFS, name))
    internal = {n for n, (f, _, _) in docs.items() if f.get("audience") == "internal"}
    problems = []
    rows = open(os.path.join(HERE, "questions.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        problems.append("bad header")
    cats = collections.Counter()
    near_none = 0
    ids = set()
    dis = collections.defaultdict(list)
    per_doc = collections.Counter()
    for n, row in enumerate(rows[1:], 2):
        f = row.split("\t")
        if len(f) != 6:
            problems.append("line %d: %d columns" % (n, len(f))); continue
        qid, aud, match, doc, exp, q = f
        if qid in ids: problems.append("duplicate id " + qid)
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1
        if aud not in ("public", "internal"): problems.append(qid + ": audience " + aud)
        if match == "none":
            if doc or exp: problems.append(qid + ": none with docs/expected")
            if cat == "none" and int(qid[4:]) <= 13: near_none += 1
            continue
        if doc not in docs:
            problems.append(qid + ": no document " + doc); continue
        per_doc[doc] += 1
        _, titles, headings = docs[doc]
        if match == "title" and exp not in titles:
            problems.append(qid + ": title not in %s: %s" % (doc, exp))
        elif match == "section" and exp not in headings:
            problems.append(qid + ": heading not in %s: %s" % (doc, exp))
        elif match not in ("title", "section"):
            problems.append(qid + ": match " + match)
        if doc in internal and aud != "internal":
            problems.append(qid + ": public question expects the internal document")
        if cat == "para" and exp.lower() in q.lower():
            problems.append(qid + ": para question repeats the title " + exp)
        if cat == "dis":
            dis[exp].append((doc, q))
    for exp, items in dis.items():
        qs = {re.sub(r" at [^?]*\?$", " at X?", q) for _, q in items}
        if len(items) % 2 or len(qs) != 1 or len({d for d, _ in items}) != len(items):
            problems.append("dis pair not identical/distinct: " + exp)
    print("documents: %d (internal: %s)" % (len(docs), ", ".join(sorted(internal))))
    for name, (front, titles, headings) in docs.items():
        print("  %-42s %2d titles, %d headings, %d questions expect it" % (name, len(titles), len(headings), per_doc[name]))
    print("questions: %d" % sum(cats.values()))
    for c, want in WANT.items():
        print("  %-5s %3d (brief: %d)%s" % (c, cats[c], want, "" if cats[c] == want else "  <-- differs"))
    print("  none: %d near-topic, %d unrelated" % (near_none, cats["none"] - near_none))
    leak_pub = sum(1 for r in rows[1:] if r.startswith("leak") and r.split("\t")[1] == "public")
    print("  leak: %d public (match none), %d internal" % (leak_pub, cats["leak"] - leak_pub))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
