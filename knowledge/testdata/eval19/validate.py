#!/usr/bin/env python3
"""Validate questions.tsv against the briefings, parsed the simple way the README describes."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
QS = os.path.join(HERE, "questions.tsv")
SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

def cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]

def parse(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    meta = {}
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for l in lines[1:end]:
            if ":" in l:
                k, v = l.split(":", 1)
                meta[k.strip()] = v.split("#")[0].strip().strip('"')
        lines = lines[end + 1:]
    md = path.endswith((".md", ".markdown"))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        m = re.match(r"^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s", l)
        if l.startswith(("- ", "* ")):
            if m:
                titles.append((m.group(1) or m.group(2)).strip())
        elif "|" in l:
            if SEP.match(l) or SEP.match(nxt):
                continue  # separator or header row
            titles.append(cells(l)[0])
        elif md:
            if l.startswith("#"):
                sections.append(l.lstrip("#").strip())
        elif len(l) <= 80 and not l.endswith((".", ":", "!", "?", ";", ",")):
            sections.append(l)
    return meta, sections, titles

def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")):
                p = os.path.join(root, f)
                docs[os.path.relpath(p, BRIEF)] = parse(p)
    errs = []
    rows = open(QS, encoding="utf-8").read().splitlines()
    if rows[0] != "#id\taudience\tmatch\tdocs\texpected\tquestion":
        errs.append("bad header")
    ids, cats = set(), collections.Counter()
    for n, r in enumerate(rows[1:], 2):
        c = r.split("\t")
        if len(c) != 6:
            errs.append(f"line {n}: {len(c)} columns"); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errs.append(f"line {n}: duplicate id {qid}")
        ids.add(qid)
        cats[re.match(r"[a-z]+", qid).group(0)] += 1
        if aud not in ("public", "internal"): errs.append(f"{qid}: audience {aud}")
        if not q.strip(): errs.append(f"{qid}: empty question")
        if match == "none":
            if (doc, exp) != ("-", "-"): errs.append(f"{qid}: none row must be '- -'")
            continue
        if match not in ("title", "section"): errs.append(f"{qid}: match {match}"); continue
        if doc not in docs: errs.append(f"{qid}: no document {doc}"); continue
        meta, sections, titles = docs[doc]
        pool = titles if match == "title" else sections
        if exp not in pool: errs.append(f"{qid}: '{exp}' is not a {match} of {doc}")
        if aud == "public" and meta.get("audience") == "internal":
            errs.append(f"{qid}: public row expects internal document {doc}")
    internal = [d for d, (m, _, _) in docs.items() if m.get("audience") == "internal"]
    print(f"{len(docs)} documents ({len(internal)} internal: {', '.join(internal)}), "
          f"{sum(len(s) for _, s, _ in docs.values())} headings, {sum(len(t) for _, _, t in docs.values())} named entries")
    for k in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none", "leak"]:
        print(f"{k:5} {cats.pop(k, 0)}")
    for k, v in cats.items(): print(f"{k:5} {v}")
    print(f"total {len(rows) - 1}")
    if errs:
        print("\n".join(errs)); print("FAILED"); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
