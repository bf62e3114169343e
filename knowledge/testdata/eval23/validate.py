#!/usr/bin/env python3
"""Structural check of questions.tsv against the briefings, parsed the simple way
the README's curators' section describes. It never runs the bot."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    md = path.endswith(('.md', '.markdown'))
    audience, i = 'public', 0
    if lines and lines[0].strip() == '---':            # front matter
        j = 1
        while j < len(lines) and lines[j].strip() != '---':
            m = re.match(r'\s*audience\s*:\s*([^#]*)', lines[j])
            if m and m.group(1).strip().strip('"\'') == 'internal':
                audience = 'internal'
            j += 1
        i = j + 1
    sections, titles = [], []
    body = lines[i:]
    for k, raw in enumerate(body):
        s = raw.strip()
        if not s:
            continue
        m = re.match(r'[-*]\s+\*\*(.+?)\*\*\s*:', s) or re.match(r'[-*]\s+([^:*][^:]*?)\s*:\s', s)
        if m:                                           # named bullet
            titles.append(m.group(1).strip()); continue
        if '|' in s:                                    # table line
            cells = [c.strip() for c in s.strip('|').split('|')]
            if all(re.fullmatch(r':?-{3,}:?', c) for c in cells if c):
                continue                                # separator
            nxt = body[k + 1].strip() if k + 1 < len(body) else ''
            if re.fullmatch(r'\|?\s*:?-{3,}.*', nxt):
                continue                                # header row
            titles.append(cells[0]); continue
        if md:
            m = re.match(r'#{1,6}\s+(.*)', s)
            if m:
                sections.append(m.group(1).strip())
        elif len(s) <= 80 and not re.search(r'[.!?:;,]$', s) and not s.startswith(('-', '*')):
            sections.append(s)                          # plain-text heading
    return audience, sections, titles

def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')):
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    errors = []
    rows = open(QFILE, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errors.append('bad header: %r' % rows[0])
    ids, cats = set(), Counter()
    for n, line in enumerate(rows[1:], 2):
        cols = line.split('\t')
        if len(cols) != 6:
            errors.append('line %d: %d columns' % (n, len(cols))); continue
        qid, aud, match, doc, exp, question = cols
        if qid in ids:
            errors.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
        cats[re.match(r'[a-z]+', qid).group(0)] += 1
        if aud not in ('public', 'internal'):
            errors.append('line %d: audience %r' % (n, aud))
        if not question.strip():
            errors.append('line %d: empty question' % n)
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append('line %d: none row must be "- -"' % n)
            continue
        if match not in ('title', 'section'):
            errors.append('line %d: match %r' % (n, match)); continue
        if doc not in docs:
            errors.append('line %d: no document %s' % (n, doc)); continue
        audience, sections, titles = docs[doc]
        pool = titles if match == 'title' else sections
        if exp not in pool:
            errors.append('line %d: %s %r not in %s' % (n, match, exp, doc))
        if aud == 'public' and audience == 'internal':
            errors.append('line %d: public row expects internal document %s' % (n, doc))
    for d, (audience, sections, titles) in sorted(docs.items()):
        print('%-40s %-8s sections=%d entries=%d' % (d, audience, len(sections), len(titles)))
    for c, k in cats.items():
        print('%-5s %d' % (c, k))
    print('total %d' % sum(cats.values()))
    for e in errors:
        print('ERROR', e)
    if errors:
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
