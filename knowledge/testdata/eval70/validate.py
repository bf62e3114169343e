#!/usr/bin/env python3
"""Independent check of eval70: parses the briefings simply (front matter, headings,
bullets, table rows) and checks every expected title exists in the named document."""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, "briefings")
EXPECTED_COUNTS = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18,
                   "tab": 13, "dis": 12, "none": 26, "leak": 16}

def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, i = {}, 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"^(\w+):\s*(.*?)\s*(#.*)?$", lines[j])
            if m:
                meta[m.group(1)] = m.group(2)
            j += 1
        if j == len(lines):
            sys.exit(f"{path}: unterminated front matter")
        i = j + 1
    md = path.endswith((".md", ".markdown"))
    entries = []  # (kind, title)
    section, section_text = None, False
    def close():
        if section and section_text:
            entries.append(("section", section))
    k = i
    while k < len(lines):
        line = lines[k].strip()
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if not line:
            k += 1; continue
        if "|" in line and re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", nxt) is not None:
            k += 2  # header row + separator
            while k < len(lines) and "|" in lines[k]:
                cells = [c.strip() for c in lines[k].strip().strip("|").split("|")]
                entries.append(("row", cells[0]))
                k += 1
            continue
        m = re.match(r"^[*-]\s+\*\*(.+?)\*\*\s*:", line) or re.match(r"^[*-]\s+([^:]{1,60}):\s", line)
        if m:
            entries.append(("bullet", m.group(1).strip())); k += 1; continue
        if md and line.startswith("#"):
            close(); section, section_text = line.lstrip("#").strip(), False; k += 1; continue
        if not md and len(line) <= 90 and not re.search(r"[.!?:;,]$", line):
            close(); section, section_text = line, False; k += 1; continue
        section_text = True
        k += 1
    close()
    return meta, entries

def main():
    docs = {}
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith((".md", ".txt")):
            docs[name] = parse(os.path.join(BRIEF, name))
    ok = True
    print("entries per document:")
    for name, (meta, entries) in docs.items():
        kinds = collections.Counter(k for k, _ in entries)
        print(f"  {name:48s} {len(entries):3d}  audience={meta.get('audience', 'public')}  "
              + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    internal = [n for n, (m, _) in docs.items() if m.get("audience") == "internal"]
    if len(docs) != 12 or len(internal) != 1:
        print(f"FAIL: {len(docs)} documents, {len(internal)} internal"); ok = False
    cats, seen = collections.Counter(), set()
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "#id\taudience\tmatch\tdocs\texpected\tquestion":
            print("FAIL: header"); ok = False
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                print(f"FAIL line {n}: {len(cols)} columns"); ok = False; continue
            qid, aud, match, doc, exp, q = cols
            cat = re.match(r"[a-z]+", qid).group(0)
            cats[cat] += 1
            if qid in seen or q in seen:
                print(f"FAIL {qid}: duplicate"); ok = False
            seen.update([qid, q])
            if match == "none":
                if doc or exp:
                    print(f"FAIL {qid}: none with expected"); ok = False
                continue
            if doc not in docs:
                print(f"FAIL {qid}: no document {doc}"); ok = False; continue
            meta, entries = docs[doc]
            if exp not in {t for _, t in entries}:
                print(f"FAIL {qid}: '{exp}' not in {doc}"); ok = False
            if meta.get("audience") == "internal" and aud != "internal":
                print(f"FAIL {qid}: public question expects internal entry"); ok = False
    print("questions per category:")
    for c, want in EXPECTED_COUNTS.items():
        flag = "" if cats[c] == want else f"  (want {want})"
        if flag: ok = False
        print(f"  {c:5s} {cats[c]:3d}{flag}")
    total = sum(cats.values())
    print(f"  total {total}")
    if total != 178: ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
