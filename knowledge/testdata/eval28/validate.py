#!/usr/bin/env python3
"""Structural check of questions.tsv against briefings/, parsing the briefings
the simple way the README's curator section describes (no bot code used)."""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KDIR = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
HEADER = ['#id', 'audience', 'match', 'docs', 'expected', 'question']

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().casefold()

def parse(path):
    """Return (front_matter dict, set of section headings, set of entry titles)."""
    md = path.endswith(('.md', '.markdown'))
    lines = open(path, encoding='utf-8').read().split('\n')
    fm = {}
    if lines and lines[0].strip() == '---':
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == '---')
        for l in lines[1:end]:
            l = l.split('#', 1)[0]
            if ':' in l:
                k, v = l.split(':', 1)
                fm[k.strip()] = v.strip().strip('"\'')
        lines = lines[end + 1:]
    sections, titles = [], []
    in_table = False
    for raw in lines:
        l = raw.strip()
        if not l:
            in_table = False
            continue
        if '|' in l and not re.match(r'^[-*+]\s', l):
            cells = [c.strip() for c in l.strip('|').split('|')]
            if re.fullmatch(r'[\s|:\-]+', l):
                continue                      # separator row
            if not in_table:
                in_table = True               # header row
                continue
            titles.append(cells[0])
            continue
        in_table = False
        m = re.match(r'^[-*+]\s+(.*)$', l)
        if m:
            body = m.group(1)
            b = re.match(r'^\*\*(.+?)\*\*\s*:', body) or re.match(r'^([^:]{1,80}):\s', body)
            if b:
                titles.append(b.group(1).strip())
            continue
        if md:
            h = re.match(r'^#{1,6}\s+(.*)$', l)
            if h:
                sections.append(h.group(1).strip())
        elif len(l) <= 80 and not re.search(r'[.!?:;,]$', l):
            sections.append(l)
    return fm, sections, titles

def main():
    errors = []
    docs = {}
    for root, dirs, files in os.walk(KDIR):
        dirs[:] = [d for d in dirs if not d.startswith('.')]
        for f in files:
            if f.endswith(('.md', '.markdown', '.txt')) and f != 'synonyms.txt':
                rel = os.path.relpath(os.path.join(root, f), KDIR)
                docs[rel] = parse(os.path.join(root, f))
    internal = {d for d, (fm, _, _) in docs.items() if fm.get('audience') == 'internal'}
    print(f'{len(docs)} briefings, internal: {sorted(internal)}')
    for d, (fm, secs, titles) in sorted(docs.items()):
        print(f'  {d}: {len(secs)} sections, {len(titles)} bullets/rows')

    rows = open(QFILE, encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0].split('\t') != HEADER:
        errors.append(f'bad header: {rows[0]!r}')
    ids = set()
    counts = collections.Counter()
    for n, line in enumerate(rows[1:], 2):
        cols = line.split('\t')
        if len(cols) != 6:
            errors.append(f'line {n}: {len(cols)} columns'); continue
        qid, aud, match, doc, exp, q = cols
        if qid in ids:
            errors.append(f'line {n}: duplicate id {qid}')
        ids.add(qid)
        cat = re.match(r'^[a-z]+', qid).group(0)
        counts[cat] += 1
        if aud not in ('public', 'internal'):
            errors.append(f'{qid}: bad audience {aud}')
        if not q.strip():
            errors.append(f'{qid}: empty question')
        if match == 'none':
            if (doc, exp) != ('-', '-'):
                errors.append(f'{qid}: none row must be "- -"')
            continue
        if match not in ('title', 'section'):
            errors.append(f'{qid}: bad match {match}'); continue
        if doc not in docs:
            errors.append(f'{qid}: unknown document {doc}'); continue
        if aud == 'public' and doc in internal:
            errors.append(f'{qid}: public row expects internal document {doc}')
        _, secs, titles = docs[doc]
        pool = secs if match == 'section' else titles
        hits = [t for t in pool if norm(t) == norm(exp)]
        if not hits:
            errors.append(f'{qid}: {match} {exp!r} not in {doc}')
        elif len(hits) > 1:
            errors.append(f'{qid}: {match} {exp!r} is ambiguous in {doc}')
    print('questions per category:')
    for cat in ['para', 'frag', 'typo', 'chat', 'acr', 'tab', 'dis', 'none', 'leak']:
        print(f'  {cat:5} {counts.pop(cat, 0)}')
    for cat, c in counts.items():
        print(f'  {cat:5} {c} (unexpected category)')
    print(f'  total {len(rows) - 1}')
    if errors:
        print('\n'.join(errors))
        print(f'FAILED: {len(errors)} problems')
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
