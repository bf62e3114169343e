#!/usr/bin/env python3
"""Validate OUTDIR/questions.tsv against OUTDIR/briefings.

Parses the briefings the simple way briefbot's README describes:
front matter between '---' lines (audience: internal marks a document
internal); in Markdown a heading is a '#' line; in plain text a heading is
a short line of its own that does not end like a sentence; entries are
bullets ('- Name: text', '* **Name**: text') and table rows (first cell is
the title; the header row above a '---|' separator is not an entry).
"""
import os, re, sys

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


def bullet_name(line):
    body = line.strip()[2:].strip()
    m = re.match(r'^\*\*(.+?)\*\*\s*:', body)
    if m:
        return m.group(1).strip()
    m = re.match(r'^([^:]{1,80}):\s', body)
    return m.group(1).strip() if m else None


def parse(path):
    md = path.endswith(('.md', '.markdown'))
    lines = open(path, encoding='utf-8').read().splitlines()
    audience = 'public'
    if lines and lines[0].strip() == '---':
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == '---')
        for fm in lines[1:end]:
            k, _, v = fm.partition(':')
            if k.strip() == 'audience' and v.split('#')[0].strip() == 'internal':
                audience = 'internal'
        lines = lines[end + 1:]
    sections, titles = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if '|' in s:
            if SEP.match(s) or SEP.match(nxt):
                continue          # separator or header row
            titles.append(cells(s)[0])
        elif s.startswith(('- ', '* ')):
            n = bullet_name(s)
            if n:
                titles.append(n)
        elif md:
            if s.startswith('#'):
                sections.append(s.lstrip('#').strip())
        elif len(s) <= 80 and not re.search(r'[.!?:;,]$', s):
            sections.append(s)
    return audience, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')) and f != 'synonyms.txt':
                docs[os.path.relpath(os.path.join(root, f), BRIEF)] = parse(os.path.join(root, f))
    errors = []
    rows = open(QFILE, encoding='utf-8').read().splitlines()
    if rows[0].split('\t') != HEADER:
        errors.append('bad header: %r' % rows[0])
    ids, counts = set(), {}
    for n, line in enumerate(rows[1:], 2):
        f = line.split('\t')
        if len(f) != 6:
            errors.append('line %d: %d columns' % (n, len(f)))
            continue
        qid, aud, match, doc, exp, q = f
        cat = re.match(r'^[a-z]+', qid).group(0)
        counts[cat] = counts.get(cat, 0) + 1
        if qid in ids:
            errors.append('line %d: duplicate id %s' % (n, qid))
        ids.add(qid)
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
        daud, secs, titles = docs[doc]
        pool = titles if match == 'title' else secs
        if exp not in pool:
            errors.append('line %d: %s %r not in %s' % (n, match, exp, doc))
        if aud == 'public' and daud == 'internal':
            errors.append('line %d: public row expects internal document %s' % (n, doc))
    internal = [d for d, v in docs.items() if v[0] == 'internal']
    print('documents: %d (internal: %s)' % (len(docs), ', '.join(internal) or 'none'))
    for d in sorted(docs):
        print('  %-34s %-8s %d sections, %d entries' % (d, docs[d][0], len(docs[d][1]), len(docs[d][2])))
    print('questions: %d' % (len(rows) - 1))
    for c in sorted(counts):
        print('  %-6s %d' % (c, counts[c]))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
