#!/usr/bin/env python3
"""Validate the eval60 question set against its briefings (simple parser, no bot code)."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = os.path.join(HERE, 'briefings')
QUESTIONS = os.path.join(HERE, 'questions.tsv')
EXPECTED_COUNTS = {'para': 42, 'frag': 15, 'typo': 15, 'chat': 21, 'acr': 18,
                   'tab': 13, 'dis': 12, 'none': 26, 'leak': 16}

BULLET_BOLD = re.compile(r'^\s*[-*]\s+\*\*(.+?)\*\*\s*:\s*(.+)$')
BULLET_PLAIN = re.compile(r'^\s*[-*]\s+([^:*][^:]{0,80}?)\s*:\s*(.+)$')
SEPARATOR = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def parse(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    meta = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for ln in lines[1:end]:
            if ':' in ln:
                k, v = ln.split(':', 1)
                meta[k.strip()] = v.split('#')[0].strip()
        lines = lines[end + 1:]
    md = path.endswith('.md')
    sections, titles, kinds = [], [], collections.Counter()
    current, has_text = None, False

    def close():
        if current is not None and has_text:
            kinds['section'] += 1

    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        if '|' in s:
            if SEPARATOR.match(s):
                continue
            nxt = next((l.strip() for l in lines[i + 1:] if l.strip()), '')
            if SEPARATOR.match(nxt):
                continue  # header row
            cells = [c.strip() for c in s.strip('|').split('|')]
            titles.append(cells[0]); kinds['row'] += 1
            continue
        m = BULLET_BOLD.match(s) or BULLET_PLAIN.match(s)
        if m:
            titles.append(m.group(1).strip()); kinds['item'] += 1
            continue
        if md and s.startswith('#'):
            close(); current, has_text = s.lstrip('#').strip(), False
            sections.append(current); continue
        if not md and len(s) < 90 and not re.search(r'[.!?:;,]$', s):
            close(); current, has_text = s, False
            sections.append(current); continue
        has_text = True
    close()
    return meta, sections, titles, kinds


def main():
    docs, errors = {}, []
    for name in sorted(os.listdir(BRIEF)):
        if name.endswith(('.md', '.txt')):
            docs[name] = parse(os.path.join(BRIEF, name))
    print('Briefings:')
    for name, (meta, sections, titles, kinds) in docs.items():
        n = sum(kinds.values())
        aud = meta.get('audience', 'public') or 'public'
        print(f'  {name:34s} {aud:8s} entries={n:2d} (items={kinds["item"]}, rows={kinds["row"]}, sections={kinds["section"]})')
        if not 14 <= n <= 17:
            errors.append(f'{name}: {n} entries, want 14-17')
        dup = [t for t, c in collections.Counter(titles).items() if c > 1]
        if dup:
            errors.append(f'{name}: duplicate titles {dup}')
    cats, ids = collections.Counter(), set()
    with open(QUESTIONS, encoding='utf-8') as f:
        rows = f.read().rstrip('\n').split('\n')
    if rows[0] != '#id\taudience\tmatch\tdocs\texpected\tquestion':
        errors.append('bad header')
    for ln, row in enumerate(rows[1:], 2):
        parts = row.split('\t')
        if len(parts) != 6:
            errors.append(f'line {ln}: {len(parts)} fields'); continue
        qid, aud, match, doc, exp, q = parts
        cat = re.sub(r'\d+$', '', qid)
        cats[cat] += 1
        if qid in ids:
            errors.append(f'{qid}: duplicate id')
        ids.add(qid)
        if aud not in ('public', 'internal'):
            errors.append(f'{qid}: audience {aud}')
        if not q.strip():
            errors.append(f'{qid}: empty question')
        if match == 'none':
            if doc != '-' or exp != '-':
                errors.append(f'{qid}: none must have - docs/expected')
            continue
        if doc not in docs:
            errors.append(f'{qid}: unknown doc {doc}'); continue
        meta, sections, titles, _ = docs[doc]
        internal = meta.get('audience') == 'internal'
        if internal and aud != 'internal':
            errors.append(f'{qid}: public question expects internal doc')
        if match == 'title' and exp not in titles:
            errors.append(f'{qid}: title {exp!r} not in {doc}')
        elif match == 'section' and exp not in sections:
            errors.append(f'{qid}: section {exp!r} not in {doc}')
        elif match not in ('title', 'section'):
            errors.append(f'{qid}: match {match}')
        if cat == 'leak' and aud == 'internal' and not internal:
            errors.append(f'{qid}: internal leak question must expect the internal doc')
    print('Categories:')
    for cat, want in EXPECTED_COUNTS.items():
        print(f'  {cat:5s} {cats[cat]:3d}')
        if cats[cat] != want:
            errors.append(f'category {cat}: {cats[cat]} questions, want {want}')
    for cat in set(cats) - set(EXPECTED_COUNTS):
        errors.append(f'unknown category {cat}')
    print(f'  total {sum(cats.values())}')
    if errors:
        print('\n'.join('ERROR ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
