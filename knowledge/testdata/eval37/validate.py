#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the briefbot README describes:
- optional front matter between '---' lines at the top (audience: internal marks a document internal);
- Markdown (.md/.markdown): a '#' line is a heading;
- plain text (.txt): a short line of its own that does not end like a sentence is a heading;
- entries: '- Name: text' and '* **Name**: text' bullets, and table rows (first cell is the title;
  the row above a '---|---' separator is the header, not an entry).
Checks the header, six columns, unique ids, that every expected title/section exists in the named
document, that none rows are '- -', that no public row expects the internal document, and prints counts.
"""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QUESTIONS = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
MD_BULLET = re.compile(r'^\s*[*-]\s+\*\*(.+?)\*\*\s*:\s*(.*)$')
PLAIN_BULLET = re.compile(r'^\s*[*-]\s+([^:]{1,80}?):\s+(.*)$')


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
    i = 0
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
    for n in range(i, len(lines)):
        line = lines[n].rstrip()
        s = line.strip()
        if not s:
            continue
        if '|' in s:
            if SEP.match(s):
                continue
            nxt = lines[n + 1].strip() if n + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            titles.append(cells(s)[0])
            continue
        m = MD_BULLET.match(s) or PLAIN_BULLET.match(s)
        if m:
            titles.append(m.group(1).strip())
            continue
        if md:
            if s.startswith('#'):
                sections.append(s.lstrip('#').strip())
        else:
            if len(s) <= 80 and not re.search(r'[.!?:;,]$', s) and not s.startswith(('-', '*')):
                sections.append(s)
    return meta, sections, titles


def main():
    errors = []
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')) and f != 'synonyms.txt':
                rel = os.path.relpath(os.path.join(root, f), BRIEF)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (meta, _, _) in docs.items() if meta.get('audience') == 'internal'}
    rows = open(QUESTIONS, encoding='utf-8').read().splitlines()
    if rows[0].split('\t') != HEADER:
        errors.append('bad header: %r' % rows[0])
    ids = Counter()
    cats = Counter()
    aud = Counter()
    for ln, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        c = row.split('\t')
        if len(c) != 6:
            errors.append('line %d: %d columns' % (ln, len(c)))
            continue
        qid, audience, match, doc, expected, question = c
        ids[qid] += 1
        cats[re.match(r'[A-Za-z]+', qid).group(0)] += 1
        aud[audience] += 1
        if audience not in ('public', 'internal'):
            errors.append('line %d: audience %r' % (ln, audience))
        if not question.strip():
            errors.append('line %d: empty question' % ln)
        if match == 'none':
            if (doc, expected) != ('-', '-'):
                errors.append('line %d: none row must be "- -"' % ln)
            continue
        if match not in ('title', 'section'):
            errors.append('line %d: match %r' % (ln, match))
            continue
        if doc not in docs:
            errors.append('line %d: no document %r' % (ln, doc))
            continue
        _, sections, titles = docs[doc]
        pool = titles if match == 'title' else sections
        if expected not in pool:
            errors.append('line %d: %s %r not in %s' % (ln, match, expected, doc))
        if audience == 'public' and doc in internal:
            errors.append('line %d: public row expects internal document %s' % (ln, doc))
    for k, v in ids.items():
        if v > 1:
            errors.append('duplicate id %s' % k)
    print('documents: %d (internal: %s)' % (len(docs), ', '.join(sorted(internal)) or 'none'))
    for d in sorted(docs):
        print('  %-42s sections %2d  entries %2d' % (d, len(docs[d][1]), len(docs[d][2])))
    print('rows: %d  (%s)' % (sum(cats.values()), ', '.join('%s %d' % kv for kv in sorted(aud.items()))))
    for k in ['para', 'frag', 'typo', 'chat', 'acr', 'tab', 'dis', 'none', 'leak']:
        print('  %-5s %3d' % (k, cats.pop(k, 0)))
    for k, v in cats.items():
        print('  %-5s %3d' % (k, v))
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
