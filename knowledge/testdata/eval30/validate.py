#!/usr/bin/env python3
"""Validate questions.tsv against the briefings, parsed the simple way the
briefbot README's curators' section describes. Usage: python3 validate.py"""
import os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def parse(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    meta, start = {}, 0
    if lines and lines[0].strip() == '---':
        for i in range(1, len(lines)):
            if lines[i].strip() == '---':
                start = i + 1
                break
            k, _, v = lines[i].partition(':')
            meta[k.strip()] = v.split('#')[0].strip()
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    in_table = False
    for raw in lines[start:]:
        s = raw.strip()
        if not s:
            in_table = False
            continue
        if '|' in s and re.fullmatch(r'[|:\-\s]+', s):
            continue                          # separator row (---|---| or |---|---|)
        if '|' in s and not s.startswith(('-', '*')):
            cells = [c.strip() for c in s.strip('|').split('|')]
            if not in_table:
                in_table = True               # header row
                continue
            titles.append(cells[0])
            continue
        in_table = False
        m = re.match(r'^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?))\s*:\s*\S', s)
        if m:
            titles.append((m.group(1) or m.group(2)).strip())
            continue
        if md:
            if s.startswith('#'):
                sections.append(s.lstrip('#').strip())
        elif len(s) <= 80 and not re.search(r'[.!?:;,]$', s):
            sections.append(s)
    return meta, sections, titles

def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
    errs = []
    rows = open(QFILE, encoding='utf-8').read().splitlines()
    if rows[0].split('\t') != HEADER:
        errs.append('bad header: %r' % rows[0])
    ids, cats = set(), OrderedDict()
    for n, line in enumerate(rows[1:], 2):
        c = line.split('\t')
        if len(c) != 6:
            errs.append('line %d: %d columns' % (n, len(c))); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errs.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
        cat = re.match(r'[a-z]+', qid).group(0)
        cats[cat] = cats.get(cat, 0) + 1
        if aud not in ('public', 'internal'): errs.append('line %d: audience %r' % (n, aud))
        if not q.strip(): errs.append('line %d: empty question' % n)
        if match == 'none':
            if (doc, exp) != ('-', '-'): errs.append('line %d: none row must be "- -"' % n)
        elif match in ('title', 'section'):
            if doc not in docs:
                errs.append('line %d: no document %s' % (n, doc)); continue
            _, secs, tits = docs[doc]
            pool = tits if match == 'title' else secs
            if exp not in pool:
                errs.append('line %d: %s %r not in %s' % (n, match, exp, doc))
            if aud == 'public' and doc in internal:
                errs.append('line %d: public row expects internal document %s' % (n, doc))
        else:
            errs.append('line %d: match %r' % (n, match))
    nsec = sum(len(s) for _, s, _ in docs.values())
    nent = sum(len(t) for _, _, t in docs.values())
    print('%d documents (%d internal: %s), %d sections, %d titled entries'
          % (len(docs), len(internal), ', '.join(sorted(internal)), nsec, nent))
    for d in sorted(docs):
        print('  %-30s %d sections, %d entries' % (d, len(docs[d][1]), len(docs[d][2])))
    print('%d questions' % sum(cats.values()))
    for k, v in cats.items():
        print('  %-5s %d' % (k, v))
    for e in errs:
        print('ERROR', e)
    if errs:
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
