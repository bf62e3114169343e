#!/usr/bin/env python3
"""Validate the eval38 question set against its briefings.

Parses the briefings the simple way briefbot's README describes:
front matter between --- lines; Markdown headings are '#' lines; plain-text
headings are short lines of their own that do not end like a sentence;
entries are bullets ('- Name: text', '* **Name**: text') and table rows
(first cell is the title; the first row of a table is its header).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QUESTIONS = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    audience, i = 'public', 0
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                for fm in lines[1:j]:
                    m = re.match(r'\s*audience\s*:\s*(\S+)', fm)
                    if m:
                        audience = m.group(1).strip('"\'')
                i = j + 1
                break
    md = path.endswith(('.md', '.markdown'))
    titles, sections, in_table = set(), set(), False
    for line in lines[i:]:
        s = line.strip()
        if not s:
            in_table = False
            continue
        if '|' in s:
            if SEP.match(s):
                continue
            cells = [c.strip() for c in s.strip('|').split('|')]
            if not in_table:
                in_table = True          # header row
                continue
            titles.add(cells[0])
            continue
        in_table = False
        m = re.match(r'^[-*+]\s+(.*)$', s)
        if m:
            body = m.group(1)
            b = re.match(r'^\*\*(.+?)\*\*\s*:', body) or re.match(r'^([^:]{1,80}):\s', body)
            if b:
                titles.add(b.group(1).strip())
            continue
        if md:
            h = re.match(r'^#{1,6}\s+(.*)$', s)
            if h:
                sections.add(h.group(1).strip())
        elif len(s) <= 90 and not re.search(r'[.:;,!]$', s):
            sections.add(s)
    return audience, titles, sections

def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')):
                docs[os.path.relpath(os.path.join(root, f), BRIEF)] = parse(os.path.join(root, f))
    errors = []
    internal = [d for d, v in docs.items() if v[0] == 'internal']
    if len(internal) != 1:
        errors.append(f'expected exactly one internal document, found {internal}')
    rows = open(QUESTIONS, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errors.append(f'bad header: {rows[0]!r}')
    ids, counts = set(), {}
    for n, row in enumerate(rows[1:], start=2):
        c = row.split('\t')
        if len(c) != 6:
            errors.append(f'line {n}: {len(c)} columns')
            continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errors.append(f'line {n}: duplicate id {qid}')
        ids.add(qid)
        cat = re.sub(r'\d+$', '', qid)
        counts[cat] = counts.get(cat, 0) + 1
        if aud not in ('public', 'internal'):
            errors.append(f'line {n}: audience {aud!r}')
        if not q.strip():
            errors.append(f'line {n}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append(f'line {n}: none row must have docs and expected "-"')
            continue
        if match not in ('title', 'section'):
            errors.append(f'line {n}: match {match!r}')
            continue
        if doc not in docs:
            errors.append(f'line {n}: no document {doc!r}')
            continue
        daud, titles, sections = docs[doc]
        pool = titles if match == 'title' else sections
        if exp not in pool:
            errors.append(f'line {n}: {match} {exp!r} not in {doc}')
        if aud == 'public' and daud == 'internal':
            errors.append(f'line {n}: public row expects internal document {doc}')
    for d in sorted(docs):
        a, t, s = docs[d]
        print(f'{d}: audience={a} entries={len(t)} sections={len(s)}')
    print('questions:', len(rows) - 1)
    for cat in sorted(counts):
        print(f'  {cat}: {counts[cat]}')
    if errors:
        print('\n'.join(errors))
        print(f'FAILED: {len(errors)} problems')
        return 1
    print('OK')
    return 0

if __name__ == '__main__':
    sys.exit(main())
