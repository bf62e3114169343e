#!/usr/bin/env python3
"""Validate questions.tsv against the briefings, parsing them the simple way
briefbot's README describes (front matter, headings, bullets, table rows).
Usage: python3 validate.py [OUTDIR]   (default: this script's directory)"""
import collections, os, re, sys

HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']
BULLET_BOLD = re.compile(r'^\s*[-*+]\s+\*\*(.+?)\*\*\s*:\s*(.*)$')   # * **Name**: text
BULLET_PLAIN = re.compile(r'^\s*[-*+]\s+([^:]{1,80}?)\s*:\s+(.*)$')   # - Name: text
SEPARATOR = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


def parse(path):
    """Return (front matter dict, sections list, entry titles set)."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    fm = {}
    if lines and lines[0].strip() == '---':
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == '---')
        for l in lines[1:end]:
            l = l.split(' #')[0]
            if ':' in l:
                k, v = l.split(':', 1)
                fm[k.strip()] = v.strip().strip('"\'')
        lines = lines[end + 1:]
    markdown = path.endswith(('.md', '.markdown'))
    sections, titles = [], set()
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ''
        if SEPARATOR.match(s):
            continue
        if '|' in s:
            if SEPARATOR.match(nxt.strip()):
                continue                      # a table's header row
            titles.add(cells(s)[0])
            continue
        m = BULLET_BOLD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.add(m.group(1).strip())
            continue
        if markdown:
            if s.startswith('#'):
                sections.append(s.lstrip('#').strip())
        elif len(s) <= 120 and not s.startswith(('-', '*')) and s[-1] not in '.!?:;,':
            sections.append(s)                # plain text: a short line not ending like a sentence
    return fm, sections, titles


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bdir = os.path.join(out, 'briefings')
    docs = {}
    for root, _, files in os.walk(bdir):
        for fn in files:
            if fn.endswith(('.md', '.markdown', '.txt')):
                p = os.path.join(root, fn)
                docs[os.path.relpath(p, bdir)] = parse(p)
    errors = []
    internal = {d for d, (fm, _, _) in docs.items() if fm.get('audience') == 'internal'}
    for d, (fm, secs, titles) in sorted(docs.items()):
        print(f'{d}: {"internal" if d in internal else "public"}, {len(secs)} sections, {len(titles)} entries')
    if len(internal) != 1:
        errors.append(f'expected exactly one internal briefing, found {sorted(internal)}')

    with open(os.path.join(out, 'questions.tsv'), encoding='utf-8') as f:
        rows = [l.rstrip('\n') for l in f]
    if rows[0].split('\t') != HEADER:
        errors.append(f'bad header: {rows[0]!r}')
    ids, counts = set(), collections.Counter()
    matches = collections.Counter()
    for n, line in enumerate(rows[1:], 2):
        c = line.split('\t')
        if len(c) != 6:
            errors.append(f'line {n}: {len(c)} columns')
            continue
        rid, aud, match, doc, exp, q = c
        if rid in ids:
            errors.append(f'line {n}: duplicate id {rid}')
        ids.add(rid)
        cat = rid.rstrip('0123456789')
        counts[cat] += 1
        matches[(cat, aud, match)] += 1
        if aud not in ('public', 'internal'):
            errors.append(f'{rid}: bad audience {aud!r}')
        if not q.strip():
            errors.append(f'{rid}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append(f'{rid}: none row must have docs and expected "-"')
            continue
        if match not in ('title', 'section'):
            errors.append(f'{rid}: bad match {match!r}')
            continue
        if doc not in docs:
            errors.append(f'{rid}: no document {doc!r}')
            continue
        _, secs, titles = docs[doc]
        if match == 'title' and exp not in titles:
            errors.append(f'{rid}: no entry {exp!r} in {doc}')
        if match == 'section' and exp not in secs:
            errors.append(f'{rid}: no section {exp!r} in {doc}')
        if aud == 'public' and doc in internal:
            errors.append(f'{rid}: public row expects internal document {doc}')
    print()
    print('category  rows')
    for cat, k in sorted(counts.items()):
        print(f'{cat:8s}  {k:4d}')
    print(f'{"total":8s}  {sum(counts.values()):4d}')
    print('by category/audience/match:', ', '.join(f'{c}/{a}/{m}={k}' for (c, a, m), k in sorted(matches.items())))
    if errors:
        print('\n'.join(errors))
        print(f'FAILED: {len(errors)} problems')
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
