#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curators' section
describes: optional YAML-ish front matter; Markdown headings (`#` lines)
or, in plain text, short lines of their own that do not end like a
sentence; bullets `- Name: text` and `* **Name**: text`; table rows
(first cell is the title, header and `---` separator rows skipped).
"""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def parse(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    meta = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for l in lines[1:end]:
            l = re.sub(r'\s+#.*$', '', l)
            if ':' in l:
                k, v = l.split(':', 1)
                meta[k.strip()] = v.strip().strip('"\'')
        lines = lines[end + 1:]
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    table_rows = []
    for i, l in enumerate(lines):
        s = l.strip()
        if not s:
            continue
        if '|' in s:
            cells = [c.strip() for c in s.strip('|').split('|')]
            table_rows.append((i, cells))
            continue
        m = re.match(r'^[-*]\s+\*\*(.+?)\*\*\s*:', s) or re.match(r'^[-*]\s+([^:]{1,80}):\s', s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            m = re.match(r'^#{1,6}\s+(.*)$', s)
            if m:
                sections.append(m.group(1).strip())
        elif len(s) <= 80 and not re.search(r'[.,;:!]$', s) and not s.startswith(('-', '*')):
            sections.append(s)
    # table rows: skip separator rows and the header row just before each
    sep = {i for i, c in table_rows if all(re.fullmatch(r':?-{3,}:?', x) for x in c if x)}
    for i, cells in table_rows:
        if i in sep or (i + 1) in sep:
            continue
        if cells and cells[0]:
            titles.append(cells[0])
    return meta, sections, titles

def main():
    problems = []
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get('audience') == 'internal'}
    print(f'{len(docs)} briefings, internal: {sorted(internal)}')
    for d, (meta, secs, titles) in sorted(docs.items()):
        print(f'  {d}: {len(secs)} headings, {len(titles)} entries')
    rows = open(QFILE, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        problems.append(f'bad header: {rows[0]!r}')
    ids = Counter()
    cats = Counter()
    for n, line in enumerate(rows[1:], start=2):
        cols = line.split('\t')
        if len(cols) != 6:
            problems.append(f'line {n}: {len(cols)} columns'); continue
        qid, aud, match, doc, exp, q = cols
        ids[qid] += 1
        cats[re.match(r'[a-z]+', qid).group(0)] += 1
        if aud not in ('public', 'internal'):
            problems.append(f'{qid}: audience {aud!r}')
        if not q.strip():
            problems.append(f'{qid}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                problems.append(f'{qid}: none row must be "- -"')
            continue
        if match not in ('title', 'section'):
            problems.append(f'{qid}: match {match!r}'); continue
        if doc not in docs:
            problems.append(f'{qid}: no document {doc!r}'); continue
        _, secs, titles = docs[doc]
        pool = titles if match == 'title' else secs
        if exp not in pool:
            problems.append(f'{qid}: {match} {exp!r} not in {doc}')
        if aud == 'public' and doc in internal:
            problems.append(f'{qid}: public row expects internal document {doc}')
    for qid, c in ids.items():
        if c > 1:
            problems.append(f'duplicate id {qid}')
    print('rows:', sum(cats.values()))
    for c, k in cats.items():
        print(f'  {c:5s} {k}')
    for p in problems:
        print('PROBLEM:', p)
    if problems:
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
