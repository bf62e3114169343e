#!/usr/bin/env python3
"""Independent check of eval76: every expected title exists in its document."""
import os, re, sys, collections
BASE = os.path.dirname(os.path.abspath(__file__))
BR = os.path.join(BASE, 'briefings')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    meta, i = {}, 0
    if lines and lines[0].strip() == '---':
        j = lines.index('---', 1)
        for l in lines[1:j]:
            if ':' in l:
                k, v = l.split(':', 1); meta[k.strip()] = v.split('#')[0].strip()
        i = j + 1
    md = path.endswith('.md')
    sections, titles = [], []
    body = lines[i:]
    for n, l in enumerate(body):
        s = l.strip()
        if not s: continue
        m = re.match(r'^\*\s+\*\*(.+?)\*\*\s*:', s) or re.match(r'^-\s+([^:]+):', s)
        if m: titles.append(m.group(1).strip()); continue
        if '|' in s:
            cells = [c.strip() for c in s.strip('|').split('|')]
            nxt = body[n+1].strip() if n+1 < len(body) else ''
            if all(re.fullmatch(r':?-+:?', c) for c in cells if c): continue
            if re.match(r'^\|?\s*:?-{3}', nxt): continue   # header row
            titles.append(cells[0]); continue
        if md:
            h = re.match(r'^#+\s+(.+)$', s)
            if h: sections.append(h.group(1).strip())
        else:
            if len(s) < 80 and not s.endswith(('.', ':', '!', ',', ';')):
                sections.append(s)
    return meta, sections, titles

docs = {f: parse(os.path.join(BR, f)) for f in sorted(os.listdir(BR))}
print('entries per document (bullets+rows / sections):')
for f, (meta, secs, tits) in docs.items():
    print(f'  {f:42s} {len(tits):3d} items/rows {len(secs):3d} sections audience={meta.get("audience","public")}')
internal = {f for f, (m, _, _) in docs.items() if m.get('audience') == 'internal'}
errors, cats = [], collections.Counter()
ids = set()
rows = [r for r in open(os.path.join(BASE, 'questions.tsv'), encoding='utf-8').read().split('\n') if r]
assert rows[0] == '#id\taudience\tmatch\tdocs\texpected\tquestion', rows[0]
for r in rows[1:]:
    c = r.split('\t')
    if len(c) != 6: errors.append(f'bad row {r!r}'); continue
    qid, aud, match, doc, exp, q = c
    if qid in ids: errors.append('dup id ' + qid)
    ids.add(qid); cats[re.match(r'[a-z]+', qid).group()] += 1
    if not q.strip(): errors.append(qid + ' empty question')
    if match == 'none':
        if doc or exp: errors.append(qid + ' none with expected')
        continue
    if doc not in docs: errors.append(f'{qid}: no document {doc}'); continue
    meta, secs, tits = docs[doc]
    pool = tits if match == 'title' else secs
    if exp not in pool and not (match == 'title' and exp in secs):
        errors.append(f'{qid}: {exp!r} not a {match} in {doc}')
    if doc in internal and aud != 'internal':
        errors.append(f'{qid}: public question expects internal doc')
print('questions per category:')
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
for k, v in want.items():
    print(f'  {k:5s} {cats[k]:3d}' + ('' if cats[k] == v else f'  (want {v})'))
    if cats[k] != v: errors.append(f'{k}: {cats[k]} != {v}')
print('  total', sum(cats.values()))
if len(internal) != 1: errors.append(f'internal docs: {internal}')
for e in errors: print('ERROR', e)
print('OK' if not errors else f'FAIL ({len(errors)})')
sys.exit(1 if errors else 0)
