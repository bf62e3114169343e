#!/usr/bin/env python3
"""Validate the eval59 question set against its briefings (simple parser)."""
import os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QFILE = os.path.join(HERE, 'questions.tsv')
EXPECTED_CATS = {'para': 42, 'frag': 15, 'typo': 15, 'chat': 21, 'acr': 18,
                 'tab': 13, 'dis': 12, 'none': 26, 'leak': 16}

BULLET_MD = re.compile(r'^\s*[-*]\s+\*\*(.+?)\*\*\s*:\s*(.+)$')
BULLET_PLAIN = re.compile(r'^\s*[-*]\s+([^:]{1,80}?)\s*:\s*(.+)$')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


def parse(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    meta = {}
    i = 0
    if lines and lines[0].strip() == '---':
        j = 1
        while j < len(lines) and lines[j].strip() != '---':
            if ':' in lines[j]:
                k, v = lines[j].split(':', 1)
                meta[k.strip()] = v.split('#')[0].strip()
            j += 1
        i = j + 1
    md = path.endswith('.md')
    sections = OrderedDict()   # heading -> has own text
    titles = []                # bullet and row titles
    cur = None
    for n in range(i, len(lines)):
        line = lines[n]
        s = line.strip()
        if not s:
            continue
        nxt = lines[n + 1] if n + 1 < len(lines) else ''
        if md and s.startswith('#'):
            cur = s.lstrip('#').strip()
            sections[cur] = False
            continue
        m = BULLET_MD.match(line) or BULLET_PLAIN.match(line)
        if m:
            titles.append(m.group(1).strip())
            continue
        if '|' in s:
            if SEP.match(s):
                continue
            if SEP.match(nxt.strip()):   # header row
                continue
            titles.append(cells(s)[0])
            continue
        if not md and len(s) < 80 and not s.endswith(('.', '?', '!', ':', ',')):
            cur = s
            sections[cur] = False
            continue
        if cur is not None:
            sections[cur] = True
    return meta, sections, titles


def main():
    docs = {}
    problems = []
    print('Briefings:')
    for name in sorted(os.listdir(BRIEF)):
        if not name.endswith(('.md', '.txt')):
            continue
        meta, sections, titles = parse(os.path.join(BRIEF, name))
        with_text = [h for h, t in sections.items() if t]
        entries = len(titles) + len(with_text)
        aud = 'internal' if meta.get('audience') == 'internal' else 'public'
        docs[name] = (sections, titles, aud)
        print(f'  {name:40s} {aud:8s} sections={len(sections):2d} '
              f'bullets+rows={len(titles):2d} section-texts={len(with_text)} entries={entries}')
        if not 14 <= entries <= 17:
            problems.append(f'{name}: {entries} entries, want 14-17')
        dup = [t for t, c in Counter(titles).items() if c > 1]
        if dup:
            problems.append(f'{name}: duplicate titles {dup}')
    if len(docs) != 12:
        problems.append(f'{len(docs)} documents, want 12')
    cats = Counter()
    ids = set()
    with open(QFILE, encoding='utf-8') as f:
        rows = f.read().rstrip('\n').split('\n')
    if rows[0] != '#id\taudience\tmatch\tdocs\texpected\tquestion':
        problems.append('bad header')
    for ln, row in enumerate(rows[1:], 2):
        parts = row.split('\t')
        if len(parts) != 6:
            problems.append(f'line {ln}: {len(parts)} fields')
            continue
        qid, aud, match, doc, exp, q = parts
        cat = re.sub(r'\d+$', '', qid)
        cats[cat] += 1
        if qid in ids:
            problems.append(f'line {ln}: duplicate id {qid}')
        ids.add(qid)
        if aud not in ('public', 'internal'):
            problems.append(f'{qid}: audience {aud}')
        if not q.strip():
            problems.append(f'{qid}: empty question')
        if match == 'none':
            if doc != '-' or exp != '-':
                problems.append(f'{qid}: none must have - docs/expected')
            continue
        if doc not in docs:
            problems.append(f'{qid}: unknown doc {doc}')
            continue
        sections, titles, daud = docs[doc]
        if daud == 'internal' and aud != 'internal':
            problems.append(f'{qid}: public question expects internal doc')
        if match == 'title':
            if exp not in titles and not sections.get(exp, False):
                problems.append(f'{qid}: title {exp!r} not in {doc}')
        elif match == 'section':
            if exp not in sections:
                problems.append(f'{qid}: section {exp!r} not in {doc}')
        else:
            problems.append(f'{qid}: match {match}')
    print('Categories:')
    for c, n in EXPECTED_CATS.items():
        print(f'  {c:5s} {cats[c]:3d}' + ('' if cats[c] == n else f'  (want {n})'))
        if cats[c] != n:
            problems.append(f'category {c}: {cats[c]}, want {n}')
    for c in cats:
        if c not in EXPECTED_CATS:
            problems.append(f'unknown category {c}')
    print(f'  total {sum(cats.values())}')
    if problems:
        for p in problems:
            print('PROBLEM:', p)
        sys.exit(1)
    print('OK')


main()
