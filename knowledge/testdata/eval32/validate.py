#!/usr/bin/env python3
"""Check the eval32 question set against its briefings, parsing them the simple
way the README's curators' section describes. Does not run the bot."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MD_BULLET = re.compile(r"^\s*[-*+]\s+\*\*(.+?)\*\*\s*:\s*(.*)$")
TXT_BULLET = re.compile(r"^\s*[-*+]\s+([^:]{1,80}?)\s*:\s*(.*)$")


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
    meta, start = {}, 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for m in lines[1:i]:
                    if ":" in m:
                        k, v = m.split(":", 1)
                        meta[k.strip()] = v.split("#", 1)[0].strip()
                start = i + 1
                break
    markdown = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    body = lines[start:]
    for i, raw in enumerate(body):
        line = raw.strip()
        if not line:
            continue
        nxt = body[i + 1].strip() if i + 1 < len(body) else ""
        if SEP.match(line):
            continue
        if "|" in line and (line.startswith("|") or line.endswith("|")):
            if SEP.match(nxt):
                continue  # header row of a table
            first = cells(line)[0]
            if first:
                titles.append(first)
            continue
        m = MD_BULLET.match(line) or TXT_BULLET.match(line)
        if m and line[0] in "-*+":
            titles.append(m.group(1).strip())
            continue
        if markdown:
            if line.startswith("#"):
                sections.append(line.lstrip("#").strip())
        else:
            words = line.split()
            if len(words) <= 12 and not line.endswith((".", ":", ";", ",", "!")):
                sections.append(line)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")) and f != "synonyms.txt":
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    errors = []
    internal = {d for d, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    if len(internal) != 1:
        errors.append(f"expected exactly one internal briefing, found {sorted(internal)}")

    print("briefings:")
    for d in sorted(docs):
        meta, secs, titles = docs[d]
        print(f"  {d}: {len(secs)} sections, {len(titles)} entries"
              f"{' (internal)' if d in internal else ''}, {os.path.getsize(os.path.join(BRIEF, d))} bytes")

    rows = open(QFILE, encoding="utf-8").read().split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    if rows[0].split("\t") != HEADER:
        errors.append(f"bad header: {rows[0]!r}")
    seen, counts = set(), collections.Counter()
    for n, row in enumerate(rows[1:], start=2):
        f = row.split("\t")
        if len(f) != 6:
            errors.append(f"line {n}: {len(f)} columns, want 6")
            continue
        qid, aud, match, doc, exp, q = f
        if qid in seen:
            errors.append(f"line {n}: duplicate id {qid}")
        seen.add(qid)
        cat = re.sub(r"\d+$", "", qid)
        counts[cat] += 1
        if aud not in ("public", "internal"):
            errors.append(f"line {n}: audience {aud!r}")
        if not q.strip():
            errors.append(f"line {n}: empty question")
        if match == "none":
            if doc != "-" or exp != "-":
                errors.append(f"line {n}: none row must have docs and expected '-'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match!r}")
            continue
        if doc not in docs:
            errors.append(f"line {n}: unknown document {doc!r}")
            continue
        if aud == "public" and doc in internal:
            errors.append(f"line {n}: public row expects internal document {doc}")
        _, secs, titles = docs[doc]
        pool = titles if match == "title" else secs
        if exp not in pool:
            errors.append(f"line {n}: {match} {exp!r} not in {doc}")
    print("categories:")
    for cat in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]:
        print(f"  {cat}: {counts.pop(cat, 0)}")
    for cat, c in counts.items():
        print(f"  {cat}: {c} (unexpected category)")
    print(f"  total: {len(rows) - 1}")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
