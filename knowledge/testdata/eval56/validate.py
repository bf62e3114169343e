#!/usr/bin/env python3
"""Validate questions.tsv against the briefings in ./briefings.

Parses the briefings the simple way the README's curator section describes:
optional front matter between '---' lines (audience: internal marks a
document internal); Markdown headings are '#' lines; in plain text a heading
is a short line of its own that does not end like a sentence; entries are
bullets ('- Name: text', '* **Name**: text') and table rows (first cell is
the title; the header row and the '---|' separator are not entries).
"""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QUESTIONS = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def norm(s):
    return ' '.join(s.split()).casefold()

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    audience = 'public'
    if lines and lines[0].strip() == '---':
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == '---')
        for l in lines[1:end]:
            m = re.match(r'\s*audience\s*:\s*([^#]*)', l)
            if m and m.group(1).strip().strip('"\'') == 'internal':
                audience = 'internal'
        lines = lines[end + 1:]
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        if re.match(r'^\|?\s*:?-{3,}', l):          # table separator
            continue
        m = re.match(r'^[-*+]\s+(?:\*\*(.+?)\*\*|([^:]{1,80}?))\s*:\s', l)
        if m:
            titles.append((m.group(1) or m.group(2)).strip())
            continue
        if re.match(r'^[-*+]\s', l):
            continue
        if '|' in l:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', nxt):     # header row
                continue
            cells = [c.strip() for c in l.strip('|').split('|')]
            if cells and cells[0]:
                titles.append(cells[0])
            continue
        if md:
            if l.startswith('#'):
                sections.append(l.lstrip('#').strip())
        elif len(l) <= 80 and not re.search(r'[.!;:,]$', l):
            sections.append(l)
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
    rows = open(QUESTIONS, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errors.append('bad header: %r' % rows[0])
    ids, cats = set(), collections.Counter()
    for n, row in enumerate(rows[1:], 2):
        cols = row.split('\t')
        if len(cols) != 6:
            errors.append('line %d: %d columns' % (n, len(cols)))
            continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
        cats[re.sub(r'\d+$', '', qid)] += 1
        if aud not in ('public', 'internal'):
            errors.append('line %d: audience %r' % (n, aud))
        if not q.strip():
            errors.append('line %d: empty question' % n)
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append('line %d: none row must be "- -"' % n)
            continue
        if match not in ('title', 'section'):
            errors.append('line %d: match %r' % (n, match))
            continue
        if doc not in docs:
            errors.append('line %d: no document %s' % (n, doc))
            continue
        daud, sections, titles = docs[doc]
        pool = titles if match == 'title' else sections
        if norm(exp) not in {norm(x) for x in pool}:
            errors.append('line %d: %s %r not in %s' % (n, match, exp, doc))
        if aud == 'public' and daud == 'internal':
            errors.append('line %d: public row expects internal %s' % (n, doc))
    for doc, (daud, sections, titles) in sorted(docs.items()):
        print('%-46s %-8s %2d sections %2d entries' % (doc, daud, len(sections), len(titles)))
    print('internal documents:', sum(d[0] == 'internal' for d in docs.values()))
    for c, k in sorted(cats.items()):
        print('%-5s %3d' % (c, k))
    print('total %3d' % sum(cats.values()))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
