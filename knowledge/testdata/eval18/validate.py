#!/usr/bin/env python3
"""Validate the eval18 question set against its briefings (simple parser, per the README's curator section)."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QS = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    meta, i = {}, 0
    if lines and lines[0].strip() == '---':
        j = 1
        while j < len(lines) and lines[j].strip() != '---':
            m = re.match(r'^(\w+):\s*(.*?)\s*(#.*)?$', lines[j])
            if m: meta[m.group(1)] = m.group(2).strip('"\'')
            j += 1
        i = j + 1
    md = path.endswith(('.md', '.markdown'))
    sections, titles = set(), set()
    body = lines[i:]
    for k, raw in enumerate(body):
        line = raw.strip()
        if not line: continue
        if line.startswith('|') or line.count('|') >= 2:
            cells = [c.strip() for c in line.strip('|').split('|')]
            if all(re.fullmatch(r':?-+:?', c) or c == '' for c in cells): continue
            nxt = body[k + 1].strip() if k + 1 < len(body) else ''
            if re.fullmatch(r'\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?', nxt): continue  # header row
            titles.add(cells[0]); continue
        m = re.match(r'^[-*]\s+(?:\*\*(.+?)\*\*|([^:]{1,80})):', line)
        if m:
            titles.add((m.group(1) or m.group(2)).strip()); continue
        if line.startswith(('-', '*')): continue
        if md:
            if line.startswith('#'): sections.add(line.lstrip('#').strip())
        elif len(line) < 90 and not re.search(r'[.:;,!]$', line):
            sections.add(line)
    return meta, sections, titles

def main():
    docs = {}
    for f in sorted(os.listdir(BRIEF)):
        if f.endswith(('.md', '.markdown', '.txt')):
            docs[f] = parse(os.path.join(BRIEF, f))
    internal = {f for f, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
    errs, ids, cats = [], set(), collections.Counter()
    rows = open(QS, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER: errs.append('bad header: %r' % rows[0])
    for n, r in enumerate(rows[1:], 2):
        c = r.split('\t')
        if len(c) != 6: errs.append('line %d: %d columns' % (n, len(c))); continue
        qid, aud, match, doc, exp, q = c
        if qid in ids: errs.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
        cats[re.match(r'[a-z]+', qid).group(0)] += 1
        if aud not in ('public', 'internal'): errs.append('line %d: audience %s' % (n, aud))
        if not q.strip(): errs.append('line %d: empty question' % n)
        if match == 'none':
            if (doc, exp) != ('-', '-'): errs.append('line %d: none row must be - -' % n)
        elif match in ('title', 'section'):
            if doc not in docs: errs.append('line %d: no document %s' % (n, doc)); continue
            _, secs, tits = docs[doc]
            pool = tits if match == 'title' else secs
            if exp.lower() not in {x.lower() for x in pool}:
                errs.append('line %d: %s %r not in %s' % (n, match, exp, doc))
            if aud == 'public' and doc in internal:
                errs.append('line %d: public row expects internal document %s' % (n, doc))
        else:
            errs.append('line %d: match %s' % (n, match))
    print('documents: %d (internal: %s)' % (len(docs), ', '.join(sorted(internal))))
    for f, (m, s, t) in docs.items():
        print('  %-36s sections %2d entries %2d' % (f, len(s), len(t)))
    for k in sorted(cats): print('%-5s %3d' % (k, cats[k]))
    print('total %d' % sum(cats.values()))
    if len(internal) != 1: errs.append('expected exactly one internal document, got %d' % len(internal))
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
