#!/usr/bin/env python3
"""Validate the eval58 question set against its briefings (simple parse, as the README describes)."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QS = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]

def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            if ":" in lines[j]:
                k, v = lines[j].split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip().strip('"')
            j += 1
        i = j + 1
    md = path.endswith((".md", ".markdown"))
    titles, sections, rows = set(), set(), 0
    bullets = 0
    prev_table = False
    for ln in lines[i:]:
        s = ln.strip()
        if not s:
            prev_table = False
            continue
        m = re.match(r"^[-*]\s+\*\*(.+?)\*\*\s*:", s) or re.match(r"^[-*]\s+([^:]{1,80}):", s)
        if m:
            titles.add(norm(m.group(1))); bullets += 1; prev_table = False
            continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) or c == "" for c in cells):
                rows -= 1  # previous line was a header, not a row
                titles.discard(last_first)
                continue
            last_first = norm(cells[0])
            titles.add(last_first); rows += 1
            continue
        if md:
            h = re.match(r"^#+\s+(.*)$", s)
            if h:
                sections.add(norm(h.group(1)))
        elif len(s) < 90 and not re.search(r"[.:;,!]$", s):
            sections.add(norm(s))
    return meta, titles, sections, bullets + rows

def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith((".md", ".markdown", ".txt")):
            docs[f] = parse(os.path.join(BRIEF, f))
    errors = []
    for f, (meta, t, s, n) in docs.items():
        print(f"{f}: audience={meta.get('audience','public')} sections={len(s)} entries={n}")
    rows = open(QS, encoding="utf-8").read().splitlines()
    if rows[0].split("\t") != HEADER:
        errors.append("bad header")
    ids, cats = set(), collections.Counter()
    for n, r in enumerate(rows[1:], 2):
        c = r.split("\t")
        if len(c) != 6:
            errors.append(f"line {n}: {len(c)} columns"); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errors.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        if aud not in ("public", "internal"): errors.append(f"line {n}: audience {aud}")
        if not q.strip(): errors.append(f"line {n}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"): errors.append(f"line {n}: none row must be '- -'")
            continue
        if match not in ("title", "section"):
            errors.append(f"line {n}: match {match}"); continue
        if doc not in docs:
            errors.append(f"line {n}: no document {doc}"); continue
        meta, t, s, _ = docs[doc]
        if match == "title" and norm(exp) not in t: errors.append(f"line {n}: no entry '{exp}' in {doc}")
        if match == "section" and norm(exp) not in s: errors.append(f"line {n}: no section '{exp}' in {doc}")
        if aud == "public" and meta.get("audience") == "internal":
            errors.append(f"line {n}: public row expects internal document {doc}")
    for k in sorted(cats): print(f"{k}\t{cats[k]}")
    print(f"total\t{sum(cats.values())}")
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
