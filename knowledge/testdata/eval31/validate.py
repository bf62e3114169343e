#!/usr/bin/env python3
"""Structural check of the eval31 question set against its briefings.

Parses the briefings the simple way the README's curators' section
describes (front matter; '#' headings in Markdown, short non-sentence
lines as headings in plain text; '- Name: text' and '* **Name**: text'
bullets; table rows titled by their first cell) and checks questions.tsv.
It never runs the bot.
"""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']
SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


def parse(path):
    text = open(path, encoding='utf-8').read()
    lines = text.splitlines()
    meta = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for l in lines[1:end]:
            if ':' in l:
                k, v = l.split(':', 1)
                meta[k.strip()] = v.split('#')[0].strip()
        lines = lines[end + 1:]
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        if SEP.match(l):
            continue
        if '|' in l:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            titles.append(cells(l)[0])
            continue
        m = re.match(r'^[-*+]\s+\*\*(.+?)\*\*\s*:', l) or re.match(r'^[-*+]\s+([^:]{1,60}):\s', l)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if l.startswith('#'):
                sections.append(l.lstrip('#').strip())
        elif len(l) <= 80 and not re.search(r'[.:;,!]$', l):
            sections.append(l)
    return meta, sections, titles


def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith(('.md', '.markdown', '.txt')):
            docs[f] = parse(os.path.join(BRIEF, f))
    internal = {f for f, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
    errs = []
    if len(internal) != 1:
        errs.append(f'expected exactly one internal briefing, found {sorted(internal)}')
    for f, (m, s, t) in docs.items():
        if not 14 <= len(t) <= 22:
            errs.append(f'{f}: {len(t)} bullets/rows (want 14-22)')
        if not 5 <= len(s) - 1 <= 8:
            errs.append(f'{f}: {len(s) - 1} sections besides the title (want 5-8)')
    rows = open(QFILE, encoding='utf-8').read().splitlines()
    if rows[0].split('\t') != HEADER:
        errs.append(f'bad header: {rows[0]!r}')
    ids, cats = set(), Counter()
    for n, line in enumerate(rows[1:], 2):
        c = line.split('\t')
        if len(c) != 6:
            errs.append(f'line {n}: {len(c)} columns'); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids:
            errs.append(f'line {n}: duplicate id {qid}')
        ids.add(qid)
        cats[re.match(r'[a-z]+', qid).group()] += 1
        if aud not in ('public', 'internal'):
            errs.append(f'line {n}: audience {aud!r}')
        if not q.strip():
            errs.append(f'line {n}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errs.append(f'line {n}: none row must be "- -"')
            continue
        if match not in ('title', 'section'):
            errs.append(f'line {n}: match {match!r}'); continue
        if doc not in docs:
            errs.append(f'line {n}: unknown document {doc}'); continue
        _, secs, titles = docs[doc]
        pool = titles if match == 'title' else secs
        if exp not in pool:
            errs.append(f'line {n}: {match} {exp!r} not in {doc}')
        if aud == 'public' and doc in internal:
            errs.append(f'line {n}: public row expects internal document {doc}')
    print('briefings:', len(docs), 'entries:', sum(len(t) for _, _, t in docs.values()),
          'sections:', sum(len(s) for _, s, _ in docs.values()), 'internal:', ', '.join(sorted(internal)))
    for k, v in cats.items():
        print(f'{k}\t{v}')
    print(f'total\t{sum(cats.values())}')
    if errs:
        print('\n'.join(errs))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
