#!/usr/bin/env python3
"""Independent, simple checker for eval67: parses briefings (front matter, headings,
bullets, table rows), checks every expected title exists in its named document,
and prints entries per document and questions per category."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BD = os.path.join(HERE, 'briefings')
EXPECT = {'para':42,'frag':15,'typo':15,'chat':21,'acr':18,'tab':13,'dis':12,'none':26,'leak':16}

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    fm = {}
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for l in lines[1:end]:
            if ':' in l:
                k, v = l.split(':', 1); fm[k.strip()] = v.split('#')[0].strip()
        lines = lines[end+1:]
    md = path.endswith('.md')
    sections, titles, kinds = [], set(), collections.Counter()
    cur, cur_has_text, header = None, False, None
    for l in lines:
        s = l.strip()
        if not s:
            header = None; continue
        if md and s.startswith('#'):
            cur = s.lstrip('#').strip(); sections.append(cur); cur_has_text = False; header = None; continue
        m = re.match(r'^[-*]\s+(?:\*\*(.+?)\*\*|([^:]+?)):\s', s)
        if m:
            titles.add((m.group(1) or m.group(2)).strip()); kinds['item'] += 1; continue
        if '|' in s:
            cells = [c.strip() for c in s.strip('|').split('|')]
            if all(re.fullmatch(r':?-+:?', c) for c in cells if c):
                continue
            if header is None:
                header = cells; continue
            titles.add(cells[0]); kinds['row'] += 1; continue
        header = None
        if not md and len(s) < 60 and not s.endswith(('.', '?', '!', ':', ',')) and s[0].isupper():
            cur = s; sections.append(cur); cur_has_text = False; continue
        if cur and not cur_has_text:
            kinds['section'] += 1; cur_has_text = True
            titles.add(cur)
    for sct in sections:  # FAQ headings count as section entries when text follows
        pass
    return fm, sections, titles, kinds

docs = {}
for f in sorted(os.listdir(BD)):
    if f.endswith(('.md', '.txt')):
        docs[f] = parse(os.path.join(BD, f))
bad = 0
print('Entries per document:')
for f, (fm, secs, titles, kinds) in docs.items():
    aud = 'internal' if fm.get('audience') == 'internal' else 'public'
    print(f'  {f:45s} {aud:8s} sections={len(secs):2d} items={kinds["item"]:2d} rows={kinds["row"]:2d} section-text={kinds["section"]:2d} entries={sum(kinds.values())}')
internal = [f for f, d in docs.items() if d[0].get('audience') == 'internal']
if len(internal) != 1:
    print('ERROR: expected exactly one internal document', internal); bad += 1
cats = collections.Counter()
rows = open(os.path.join(HERE, 'questions.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
if rows[0] != '#id\taudience\tmatch\tdocs\texpected\tquestion':
    print('ERROR: header', rows[0]); bad += 1
ids = set()
for r in rows[1:]:
    c = r.split('\t')
    if len(c) != 6:
        print('ERROR: cells', r); bad += 1; continue
    qid, aud, match, doc, exp, q = c
    if qid in ids: print('ERROR: dup id', qid); bad += 1
    ids.add(qid)
    cat = re.match(r'[a-z]+', qid).group(0); cats[cat] += 1
    if not q.strip(): print('ERROR: empty question', qid); bad += 1
    if aud not in ('public', 'internal'): print('ERROR: audience', qid); bad += 1
    if match == 'none':
        if doc or exp: print('ERROR: none with expected', qid); bad += 1
        continue
    if match not in ('title', 'section'): print('ERROR: match', qid); bad += 1
    if doc not in docs: print('ERROR: no doc', qid, doc); bad += 1; continue
    fm, secs, titles, _ = docs[doc]
    if match == 'section' and exp not in secs: print('ERROR: no section', qid, exp); bad += 1
    if exp not in titles: print('ERROR: no entry', qid, doc, exp); bad += 1
    if doc in internal and aud != 'internal': print('ERROR: public question expects internal doc', qid); bad += 1
print('Questions per category:')
for k, v in EXPECT.items():
    flag = '' if cats[k] == v else f'  (want {v})'
    if flag: bad += 1
    print(f'  {k:5s} {cats[k]:3d}{flag}')
print(f'  total {sum(cats.values())}')
if sum(cats.values()) != 178: bad += 1
print('OK' if not bad else f'FAILED: {bad} problems')
sys.exit(1 if bad else 0)
