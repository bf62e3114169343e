#!/usr/bin/env python3
"""Validate the eval40 question set against its briefings.

Parses the briefings the simple way the curators' README describes:
front matter between leading '---' lines; Markdown headings are '#' lines;
plain-text headings are short lines that do not end like a sentence;
entries are bullets ('- Name: text', '* **Name**: text') and table rows
(first cell is the title; the header row before the '---|' line is not).
"""
import os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

SEP_RE = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BULLET_RE = re.compile(r'^\s*[-*+]\s+(?:\*\*(?P<b>[^*]+?)\*\*\s*:|(?P<p>[^:]{1,80}?):\s)')

def cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]

def parse(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    meta = {}
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                for m in lines[1:j]:
                    if ':' in m:
                        k, v = m.split(':', 1)
                        meta[k.strip()] = v.split('#', 1)[0].strip()
                lines = lines[j + 1:]
                break
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if SEP_RE.match(line):
            continue
        if '|' in line and line.count('|') >= 2:
            if SEP_RE.match(nxt):
                continue  # header row
            titles.append(cells(line)[0])
            continue
        m = BULLET_RE.match(raw)
        if m:
            titles.append((m.group('b') or m.group('p')).strip())
            continue
        if md:
            if line.startswith('#'):
                sections.append(line.lstrip('#').strip())
        elif len(line) <= 80 and not re.search(r'[.!?:;,]$', line) and not line.startswith(('-', '*')):
            sections.append(line)
    return meta, sections, titles

def main():
    errors = []
    docs = {}
    for root, dirs, files in os.walk(KNOW):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for fn in files:
            if fn.endswith(('.md', '.markdown', '.txt')) and fn != 'synonyms.txt':
                rel = os.path.relpath(os.path.join(root, fn), KNOW)
                docs[rel] = parse(os.path.join(root, fn))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get('audience') == 'internal'}
    with open(QFILE, encoding='utf-8') as f:
        rows = f.read().splitlines()
    if not rows or rows[0].split('\t') != HEADER:
        errors.append('bad header: %r' % (rows[0] if rows else ''))
    seen = set()
    cats = Counter()
    audiences = Counter()
    for n, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        cols = row.split('\t')
        if len(cols) != 6:
            errors.append('line %d: %d columns, want 6' % (n, len(cols)))
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in seen:
            errors.append('line %d: duplicate id %s' % (n, qid))
        seen.add(qid)
        cat = re.match(r'[a-z]+', qid)
        cats[cat.group(0) if cat else qid] += 1
        audiences[aud] += 1
        if aud not in ('public', 'internal'):
            errors.append('line %d: audience %r' % (n, aud))
        if not q.strip():
            errors.append('line %d: empty question' % n)
        if match == 'none':
            if doc != '-' or exp != '-':
                errors.append('line %d: none row must be "- -"' % n)
            continue
        if match not in ('title', 'section'):
            errors.append('line %d: match %r' % (n, match))
            continue
        if doc not in docs:
            errors.append('line %d: no document %s' % (n, doc))
            continue
        meta, sections, titles = docs[doc]
        pool = titles if match == 'title' else sections
        if exp not in pool:
            errors.append('line %d: %s %r not in %s' % (n, match, exp, doc))
        if aud == 'public' and doc in internal:
            errors.append('line %d: public row expects internal document %s' % (n, doc))
    print('briefings: %d (%d internal: %s)' % (len(docs), len(internal), ', '.join(sorted(internal))))
    for d in sorted(docs):
        meta, sections, titles = docs[d]
        print('  %-36s sections %2d  entries %2d' % (d, len(sections), len(titles)))
    print('questions: %d  (%s)' % (sum(cats.values()), ', '.join('%s %d' % kv for kv in sorted(audiences.items()))))
    order = ['para', 'frag', 'typo', 'chat', 'acr', 'tab', 'dis', 'none', 'leak']
    for c in order + sorted(set(cats) - set(order)):
        if cats[c]:
            print('  %-5s %3d' % (c, cats[c]))
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
