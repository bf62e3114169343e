#!/usr/bin/env python3
"""Structural check of the eval20 question set against its briefings.

Parses the briefings the simple way briefbot's README describes (front
matter, Markdown `#` headings or short plain-text heading lines, `- Name:
text` / `* **Name**: text` bullets, table rows titled by their first cell)
and checks questions.tsv: header, six columns, unique ids, known audience
and match values, every expected title/section present in the named
document, `none` rows written `- -`, and no public row expecting the
internal document. It never runs the bot.
"""
import os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

BULLET = re.compile(r'^\s*[-*+]\s+(?:\*\*(?P<b>[^*]+)\*\*\s*:|(?P<p>[^:]{1,80}):\s)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


def parse(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    meta = {}
    if lines and lines[0].strip() == '---':
        for i in range(1, len(lines)):
            if lines[i].strip() == '---':
                for l in lines[1:i]:
                    if ':' in l:
                        k, v = l.split(':', 1)
                        meta[k.strip()] = v.split('#')[0].strip()
                lines = lines[i + 1:]
                break
    md = path.endswith(('.md', '.markdown'))
    sections, titles = [], []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if '|' in line:
            if SEP.match(line):
                continue
            if SEP.match(nxt):          # a table's header row
                continue
            titles.append(cells(line)[0])
            continue
        m = BULLET.match(line)
        if m:
            titles.append((m.group('b') or m.group('p')).strip())
            continue
        if md:
            if line.startswith('#'):
                sections.append(line.lstrip('#').strip())
        elif len(line) <= 100 and not re.search(r'[.!?:;,]$', line):
            sections.append(line)
    return meta, sections, titles


def main():
    docs = {}
    for root, dirs, files in os.walk(BRIEF):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')):
                p = os.path.join(root, f)
                docs[os.path.relpath(p, BRIEF)] = parse(p)
    errors = []
    internal = {d for d, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
    if len(internal) != 1:
        errors.append(f'expected exactly one internal document, found {sorted(internal)}')
    rows = open(QFILE, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errors.append(f'bad header: {rows[0]!r}')
    ids = set()
    cats = OrderedDict()
    for n, row in enumerate(rows[1:], start=2):
        f = row.split('\t')
        if f[0] in ids:
            errors.append(f'line {n}: duplicate id {f[0]}')
        ids.add(f[0])
        if len(f) != 6:
            errors.append(f'line {n}: {len(f)} columns')
            continue
        qid, aud, match, doc, exp, q = f
        cat = re.match(r'[a-z]+', qid)
        cat = cat.group(0) if cat else '?'
        cats[cat] = cats.get(cat, 0) + 1
        if aud not in ('public', 'internal'):
            errors.append(f'line {n}: audience {aud!r}')
        if not q.strip():
            errors.append(f'line {n}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append(f'line {n}: none row must be "- -"')
        elif match in ('title', 'section'):
            if doc not in docs:
                errors.append(f'line {n}: unknown document {doc!r}')
                continue
            meta, sections, titles = docs[doc]
            pool = titles if match == 'title' else sections
            if exp not in pool:
                errors.append(f'line {n}: {match} {exp!r} not in {doc}')
            if aud == 'public' and doc in internal:
                errors.append(f'line {n}: public row expects internal {doc}')
        else:
            errors.append(f'line {n}: match {match!r}')
    for d, (m, s, t) in sorted(docs.items()):
        print(f'{d}: {len(s)} sections, {len(t)} entries' + (' [internal]' if d in internal else ''))
    print('questions per category: ' + ', '.join(f'{c} {k}' for c, k in cats.items())
          + f'; total {sum(cats.values())}')
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} problems')
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
