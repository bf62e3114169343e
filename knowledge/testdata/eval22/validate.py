#!/usr/bin/env python3
"""Validate questions.tsv against briefings/ using the simple layout rules in
briefbot's README ("The knowledge directory, for curators")."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QFILE = os.path.join(HERE, "questions.tsv")
HEADER = ["#id", "audience", "match", "docs", "expected", "question"]


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for l in lines[1:j]:
                    l = l.split(" #")[0]
                    if ":" in l:
                        k, v = l.split(":", 1)
                        meta[k.strip()] = v.strip().strip('"')
                i = j + 1
                break
    md = path.endswith((".md", ".markdown"))
    heads, titles = set(), set()
    body = lines[i:]
    for n, raw in enumerate(body):
        s = raw.strip()
        if not s:
            continue
        if "|" in s:                                   # table row
            if re.fullmatch(r"\|?\s*:?-{2,}.*", s):     # separator
                continue
            nxt = body[n + 1].strip() if n + 1 < len(body) else ""
            if re.fullmatch(r"\|?\s*:?-{2,}.*", nxt):   # header row
                continue
            cell = s.strip("|").split("|")[0].strip()
            if cell:
                titles.add(cell)
            continue
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*\s*:|([^:]{1,80}?):\s)", s)
        if m:
            titles.add((m.group(1) or m.group(2)).strip())
            continue
        if re.match(r"^[-*]\s", s):
            continue
        if md:
            if s.startswith("#"):
                heads.add(s.lstrip("#").strip())
        elif len(s) <= 80 and not re.search(r"[.!;:,]$", s):
            heads.add(s)
    return meta, heads, titles


def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith((".md", ".markdown", ".txt")):
            docs[f] = parse(os.path.join(BRIEF, f))
    internal = {f for f, (meta, _, _) in docs.items() if meta.get("audience") == "internal"}
    errs, ids, cats, aud = [], set(), Counter(), Counter()
    rows = open(QFILE, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0].split("\t") != HEADER:
        errs.append("bad header: %r" % rows[0])
    for ln, r in enumerate(rows[1:], 2):
        c = r.split("\t")
        if len(c) != 6:
            errs.append(f"line {ln}: {len(c)} columns"); continue
        qid, a, m, d, e, q = c
        if qid in ids:
            errs.append(f"line {ln}: duplicate id {qid}")
        ids.add(qid)
        cat = re.match(r"[a-z]+", qid).group(0)
        cats[cat] += 1; aud[a] += 1
        if a not in ("public", "internal"):
            errs.append(f"{qid}: audience {a}")
        if not q.strip():
            errs.append(f"{qid}: empty question")
        if m == "none":
            if (d, e) != ("-", "-"):
                errs.append(f"{qid}: none row must be '- -'")
            continue
        if m not in ("title", "section"):
            errs.append(f"{qid}: match {m}"); continue
        if d not in docs:
            errs.append(f"{qid}: no document {d}"); continue
        _, heads, titles = docs[d]
        if m == "title" and e not in titles:
            errs.append(f"{qid}: no entry {e!r} in {d}")
        if m == "section" and e not in heads:
            errs.append(f"{qid}: no heading {e!r} in {d}")
        if a == "public" and d in internal:
            errs.append(f"{qid}: public row expects internal document {d}")
    print("documents:", len(docs), "internal:", ", ".join(sorted(internal)) or "none")
    for f, (meta, heads, titles) in docs.items():
        print(f"  {f}: {len(heads)} headings, {len(titles)} named entries")
    print("questions:", sum(cats.values()), dict(aud))
    for k in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]:
        print(f"  {k:5s} {cats.pop(k, 0)}")
    for k, v in cats.items():
        print(f"  {k:5s} {v} (unexpected category)")
    if errs:
        print("\n".join(errs)); print("FAILED"); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
