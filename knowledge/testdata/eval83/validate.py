#!/usr/bin/env python3
"""Independent check of eval83: parses the briefings simply (front matter,
headings, bullets, table rows) and checks every expected answer in questions.tsv."""
import os, re, sys, csv, collections
BASE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(BASE, 'briefings')
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    fm = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for l in lines[1:end]:
            if ':' in l:
                k, v = l.split(':', 1)
                fm[k.strip()] = v.split('#')[0].strip()
        lines = [''] * (end + 1) + lines[end + 1:]
    md = path.endswith('.md')
    headings, sections_with_text, titles = [], set(), collections.Counter()
    tables, cur = 0, None
    for i, raw in enumerate(lines):
        l = raw.strip()
        if not l:
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if '|' in l:
            if SEP.match(l):
                tables += 1
                continue
            if SEP.match(nxt):      # header row
                continue
            cells = [c.strip() for c in l.strip('|').split('|')]
            titles[cells[0]] += 1
            continue
        m = re.match(r'^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s', l)
        if m:
            titles[(m.group(1) or m.group(2)).strip()] += 1
            continue
        if md:
            if l.startswith('#'):
                cur = l.lstrip('#').strip(); headings.append(cur)
            elif cur:
                sections_with_text.add(cur)
        else:
            if len(l) < 70 and not re.search(r'[.!?:;,]$', l):
                cur = l; headings.append(cur)
            elif cur:
                sections_with_text.add(cur)
    return dict(fm=fm, headings=headings, sections=sections_with_text,
                titles=titles, tables=tables, md=md)

docs = {f: parse(os.path.join(BDIR, f)) for f in sorted(os.listdir(BDIR))}
errors = []
print('entries per document (bullets+rows / section texts / tables / front matter / audience):')
for f, d in docs.items():
    n = sum(d['titles'].values()) + len(d['sections'])
    aud = d['fm'].get('audience', 'public') or 'public'
    print(f'  {f:42s} {sum(d["titles"].values()):3d} + {len(d["sections"]):2d} = {n:3d}  tables={d["tables"]}  fm={"yes" if d["fm"] else "no"}  {aud}')
    if not 12 <= n <= 22:
        errors.append(f'{f}: {n} entries, not about 15')
internal = [f for f, d in docs.items() if d['fm'].get('audience') == 'internal']
if len(internal) != 1:
    errors.append(f'internal documents: {internal}')

rows = list(csv.reader(open(os.path.join(BASE, 'questions.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
header, rows = rows[0], rows[1:]
if header != ['#id', 'audience', 'match', 'docs', 'expected', 'question']:
    errors.append(f'header {header}')
cats = collections.Counter(); ids = set()
for r in rows:
    if len(r) != 6:
        errors.append(f'bad row {r}'); continue
    qid, aud, match, doc, exp, q = r
    cat = re.match(r'[a-z]+', qid).group(0); cats[cat] += 1
    if qid in ids: errors.append(f'duplicate id {qid}')
    ids.add(qid)
    if aud not in ('public', 'internal'): errors.append(f'{qid}: audience {aud}')
    if not q.strip(): errors.append(f'{qid}: empty question')
    if match == 'none':
        if doc or exp: errors.append(f'{qid}: none with expected')
        continue
    if doc not in docs:
        errors.append(f'{qid}: no document {doc}'); continue
    d = docs[doc]
    if match == 'title':
        if d['titles'][exp] < 1: errors.append(f'{qid}: title {exp!r} not in {doc}')
    elif match == 'section':
        if exp not in d['sections']: errors.append(f'{qid}: section {exp!r} with text not in {doc}')
    else:
        errors.append(f'{qid}: match {match}')
    if doc in internal and aud != 'internal':
        errors.append(f'{qid}: public question expects internal {doc}')
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
print('questions per category:')
for c, n in want.items():
    print(f'  {c:5s} {cats[c]:3d}')
    if cats[c] != n: errors.append(f'{c}: {cats[c]} questions, want {n}')
print(f'  total {len(rows)}')
for c in cats:
    if c not in want: errors.append(f'unknown category {c}')
for c in ('frag',):
    for r in rows:
        if r[0].startswith(c) and not 2 <= len(r[5].split()) <= 4:
            errors.append(f'{r[0]}: fragment has {len(r[5].split())} words')
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK')
