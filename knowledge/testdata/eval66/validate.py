#!/usr/bin/env python3
"""Independent check of eval66: parses the briefings simply (front matter, headings,
bullets, table rows) and checks every expected title exists in its named document."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, 'briefings')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    fm = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for l in lines[1:end]:
            if ':' in l:
                k, v = l.split(':', 1); fm[k.strip()] = v.split('#')[0].strip()
        lines = lines[end + 1:]
    md = path.endswith('.md')
    sections, titles = [], collections.Counter()
    entries = 0
    for i, l in enumerate(lines):
        s = l.strip()
        if not s: continue
        if re.match(r'^\|?\s*-{3,}', s) and set(s) <= set('|-: '):
            continue  # table separator
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        is_sep_next = bool(re.match(r'^\|?\s*-{3,}', nxt)) and set(nxt) <= set('|-: ')
        if '|' in s:
            if is_sep_next: continue  # header row
            cell = s.strip('|').split('|')[0].strip()
            titles[cell] += 1; entries += 1; continue
        m = re.match(r'^[*-]\s+\*\*(.+?)\*\*:\s*(.+)$', s) or re.match(r'^[*-]\s+([^:]{1,60}):\s*(.+)$', s)
        if m:
            titles[m.group(1).strip()] += 1; entries += 1; continue
        if md:
            m = re.match(r'^#+\s+(.+)$', s)
            if m:
                sections.append(m.group(1).strip()); continue
            entries += 0  # plain lines are section text
        else:
            if len(s) < 70 and not s.endswith(('.', ':', ';', ',', '?', '!')):
                sections.append(s); continue
    # a section with its own text counts as an entry
    text_sections = 0
    cur = None; has_text = set()
    for l in lines:
        s = l.strip()
        if not s: continue
        if (md and s.startswith('#')) or (not md and s in sections):
            cur = s.lstrip('#').strip(); continue
        if cur and not s.startswith(('-', '*', '|')) and '|' not in s:
            has_text.add(cur)
    for sec in sections:
        titles[sec] += 1
    return fm, sections, titles, entries + len(has_text)

docs = {}
for f in sorted(os.listdir(BDIR)):
    docs[f] = parse(os.path.join(BDIR, f))
errors = []
print('Entries per document:')
internal = []
for f, (fm, secs, titles, n) in docs.items():
    aud = fm.get('audience', 'public') or 'public'
    if aud == 'internal': internal.append(f)
    print(f'  {f:50s} {n:3d} entries  {len(secs):2d} sections  {aud}')
if len(internal) != 1: errors.append(f'expected exactly 1 internal document, got {internal}')
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'questions.tsv'), encoding='utf-8')]
assert rows[0] == ['#id', 'audience', 'match', 'docs', 'expected', 'question'], rows[0]
cats = collections.Counter(); seen = set()
for r in rows[1:]:
    if len(r) != 6: errors.append(f'bad row {r}'); continue
    qid, aud, match, doc, exp, q = r
    cats[qid.rstrip('0123456789')] += 1
    if qid in seen: errors.append(f'duplicate id {qid}')
    seen.add(qid)
    if aud not in ('public', 'internal'): errors.append(f'{qid}: audience {aud}')
    if match == 'none':
        if doc or exp: errors.append(f'{qid}: none with expected')
        continue
    if match not in ('title', 'section'): errors.append(f'{qid}: match {match}'); continue
    if doc not in docs: errors.append(f'{qid}: no document {doc}'); continue
    fm, secs, titles, _ = docs[doc]
    if match == 'section' and exp not in secs: errors.append(f'{qid}: no section {exp!r} in {doc}')
    if match == 'title' and titles[exp] == 0: errors.append(f'{qid}: no entry {exp!r} in {doc}')
    if doc in internal and aud != 'internal': errors.append(f'{qid}: public question expects internal {doc}')
print('Questions per category:')
for c, n in cats.items(): print(f'  {c:5s} {n:3d}')
print(f'  total {sum(cats.values())}')
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
if dict(cats) != want: errors.append(f'category counts {dict(cats)} != {want}')
for e in errors: print('ERROR', e)
print('OK' if not errors else f'FAILED ({len(errors)} errors)')
sys.exit(1 if errors else 0)
