#!/usr/bin/env python3
"""Check questions.tsv against the briefings, parsing them the simple way the
briefbot README describes (headings, bullets, table rows, front matter)."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BULLET = re.compile(r'^\s*[-*+]\s+(?:\*\*(.+?)\*\*\s*:|([^:]{1,80}?):)\s')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    meta, i = {}, 0
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                for l in lines[1:j]:
                    if ':' in l:
                        k, v = l.split(':', 1)
                        meta[k.strip()] = v.split('#')[0].strip().strip('"\'')
                i = j + 1
                break
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    prev_table = False
    for idx in range(i, len(lines)):
        raw = lines[idx]; s = raw.strip()
        if not s:
            prev_table = False; continue
        if '|' in s:
            if SEP.match(s):
                prev_table = True; continue
            nxt = lines[idx + 1].strip() if idx + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            if prev_table:
                cell = s.strip('|').split('|')[0].strip()
                titles.append(cell)
                continue
        prev_table = False
        m = BULLET.match(raw)
        if m:
            titles.append((m.group(1) or m.group(2)).strip()); continue
        if md:
            if s.startswith('#'):
                sections.append(s.lstrip('#').strip())
        elif not s.startswith(('-', '*')) and len(s) <= 80 and not re.search(r'[.,;:!]$', s):
            sections.append(s)
    return meta, sections, titles

def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')) and f != 'synonyms.txt':
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
    errs = []
    rows = open(QFILE, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errs.append('bad header: %r' % rows[0])
    ids, cats = set(), Counter()
    for n, r in enumerate(rows[1:], 2):
        c = r.split('\t')
        if len(c) != 6:
            errs.append('line %d: %d columns' % (n, len(c))); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errs.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
        cats[re.match(r'[a-z]+', qid).group(0)] += 1
        if aud not in ('public', 'internal'): errs.append('line %d: audience %r' % (n, aud))
        if not q.strip(): errs.append('line %d: empty question' % n)
        if match == 'none':
            if (doc, exp) != ('-', '-'): errs.append('line %d: none row must be "- -"' % n)
        elif match in ('title', 'section'):
            if doc not in docs: errs.append('line %d: no document %s' % (n, doc)); continue
            meta, secs, titles = docs[doc]
            pool = titles if match == 'title' else secs
            if exp not in pool: errs.append('line %d: %s %r not in %s' % (n, match, exp, doc))
            if aud == 'public' and doc in internal:
                errs.append('line %d: public row expects internal document %s' % (n, doc))
        else:
            errs.append('line %d: match %r' % (n, match))
    print('documents: %d (internal: %s)' % (len(docs), ', '.join(sorted(internal)) or 'none'))
    for d in sorted(docs):
        print('  %-40s sections %2d entries %2d' % (d, len(docs[d][1]), len(docs[d][2])))
    for k in ['para', 'frag', 'typo', 'chat', 'acr', 'tab', 'dis', 'none', 'leak']:
        print('%-5s %3d' % (k, cats.pop(k, 0)))
    for k, v in cats.items(): print('%-5s %3d' % (k, v))
    print('total %3d' % (len(rows) - 1))
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    print('OK')

main()
