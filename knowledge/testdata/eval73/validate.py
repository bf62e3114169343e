#!/usr/bin/env python3
"""Independent checker for eval73: parses the briefings simply (front matter,
headings, bullets, table rows) and checks every expected title in questions.tsv."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BDIR = os.path.join(HERE, 'briefings')
WANT = {'para': 42, 'frag': 15, 'typo': 15, 'chat': 21, 'acr': 18, 'tab': 13,
        'dis': 12, 'none': 26, 'leak': 16}
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BUL_MD = re.compile(r'^\s*[-*]\s+\*\*(.+?)\*\*\s*:')
BUL_PL = re.compile(r'^\s*[-*]\s+([^:]{1,60}):\s')

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    fm, i = {}, 0
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                for l in lines[1:j]:
                    if ':' in l:
                        k, v = l.split(':', 1)
                        fm[k.strip()] = v.split('#')[0].strip()
                i = j + 1
                break
    md = path.endswith('.md')
    sections, entries = [], []   # entries: (kind, title)
    cur, cur_text = None, False
    def close():
        if cur is not None and cur_text:
            entries.append(('section', cur))
    for n in range(i, len(lines)):
        l = lines[n].rstrip()
        s = l.strip()
        if not s:
            continue
        nxt = lines[n + 1] if n + 1 < len(lines) else ''
        if SEP.match(s):
            continue
        if '|' in s and s.count('|') >= 2 or (s.endswith('|') and '|' in s):
            if SEP.match(nxt.strip()):
                continue           # header row
            cells = [c.strip() for c in s.strip('|').split('|')]
            entries.append(('row', cells[0]))
            continue
        m = BUL_MD.match(l) or BUL_PL.match(l)
        if m:
            entries.append(('item', m.group(1).strip()))
            continue
        is_head = (md and s.startswith('#')) or (not md and len(s) <= 80
                   and not s.startswith(('-', '*')) and not re.search(r'[.:!?,;]$', s))
        if is_head:
            close()
            cur, cur_text = s.lstrip('#').strip(), False
            sections.append(cur)
        else:
            cur_text = True
    close()
    return fm, sections, entries

def main():
    ok = True
    docs = {}
    print('Entries per document (sections with text + bullets + table rows):')
    for f in sorted(os.listdir(BDIR)):
        fm, secs, ents = parse(os.path.join(BDIR, f))
        docs[f] = (fm, secs, ents)
        c = collections.Counter(k for k, _ in ents)
        aud = 'internal' if fm.get('audience') == 'internal' else 'public'
        print(f'  {f:48s} {len(ents):3d}  (section {c["section"]}, item {c["item"]}, row {c["row"]})  {aud}')
    internal = [f for f, d in docs.items() if d[0].get('audience') == 'internal']
    if len(internal) != 1:
        ok = False; print('ERROR: want exactly 1 internal document, got', internal)
    rows = open(os.path.join(HERE, 'questions.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0] != '#id\taudience\tmatch\tdocs\texpected\tquestion':
        ok = False; print('ERROR: bad header')
    cats, ids = collections.Counter(), set()
    for r in rows[1:]:
        p = r.split('\t')
        if len(p) != 6:
            ok = False; print('ERROR: field count', r); continue
        qid, aud, match, doc, exp, q = p
        cat = re.match(r'[a-z]+', qid).group(0)
        cats[cat] += 1
        if qid in ids:
            ok = False; print('ERROR: duplicate id', qid)
        ids.add(qid)
        if aud not in ('public', 'internal') or not q.strip():
            ok = False; print('ERROR: audience/question', qid)
        if match == 'none':
            if doc or exp:
                ok = False; print('ERROR: none row with expectation', qid)
            continue
        if doc not in docs:
            ok = False; print('ERROR: unknown doc', qid, doc); continue
        if doc in internal and aud != 'internal':
            ok = False; print('ERROR: public question expects internal doc', qid)
        fm, secs, ents = docs[doc]
        if match == 'section':
            good = exp in secs
        elif match == 'title':
            good = exp in [t for k, t in ents if k != 'section']
        else:
            good = False
        if not good:
            ok = False; print(f'ERROR: {qid}: {match} "{exp}" not in {doc}')
    print('Questions per category:')
    for c in WANT:
        flag = '' if cats[c] == WANT[c] else f'  (want {WANT[c]})'
        if flag: ok = False
        print(f'  {c:5s} {cats[c]:3d}{flag}')
    print(f'  total {sum(cats.values())}')
    if sum(cats.values()) != 178: ok = False
    print('OK' if ok else 'FAIL')
    return 0 if ok else 1

sys.exit(main())
