#!/usr/bin/env python3
"""Independent check of questions.tsv against briefings/ (does not use briefbot)."""
import os,re,sys,collections
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'briefings')
def parse(path):
    lines=open(path,encoding='utf-8').read().split('\n'); fm={}
    if lines and lines[0].strip()=='---':
        end=lines.index('---',1)
        for l in lines[1:end]:
            if ':' in l: k,v=l.split(':',1); fm[k.strip()]=v.split('#')[0].strip()
        lines=lines[end+1:]
    md=path.endswith('.md'); titles=set(); sections=set(); entries=0; sec=None; hdr=False
    for l in lines:
        s=l.strip()
        if not s: hdr=False; continue
        if md and s.startswith('#'):
            sec=s.lstrip('#').strip(); sections.add(sec); titles.add(sec); hdr=False; continue
        if '|' in s:
            cells=[c.strip() for c in s.strip('|').split('|')]
            if all(re.fullmatch(r':?-+:?',c) or c=='' for c in cells): continue
            if not hdr: hdr=True; continue
            titles.add(cells[0]); entries+=1; continue
        hdr=False
        m=re.match(r'[-*]\s+(?:\*\*(.+?)\*\*|([^:]+)):',s)
        if m: titles.add((m.group(1) or m.group(2)).strip()); entries+=1; continue
        if not md and len(s)<80 and (not s[-1] in '.!:' ) and not s.startswith(('-','*')):
            sec=s; sections.add(s); titles.add(s); continue
        entries+=1  # section text
    return fm,titles,sections,entries
docs={f:parse(os.path.join(D,f)) for f in sorted(os.listdir(D))}
print('entries per document:')
for f,(fm,t,s,e) in docs.items(): print(f'  {f}: {e} entries, {len(s)} sections, audience={fm.get("audience","public")}')
bad=0; cats=collections.Counter(); internal=[f for f,d in docs.items() if d[0].get('audience')=='internal']
rows=[l.rstrip('\n').split('\t') for l in open(os.path.join(os.path.dirname(D),'questions.tsv'),encoding='utf-8')]
assert rows[0]==['#id','audience','match','docs','expected','question'],rows[0]
ids=set()
for r in rows[1:]:
    if len(r)!=6: print('bad row',r); bad+=1; continue
    i,aud,match,doc,exp,q=r; cats[re.sub(r'\d+$','',i)]+=1
    if i in ids: print('dup id',i); bad+=1
    ids.add(i)
    if match=='none':
        if doc or exp: print('none with expectation',i); bad+=1
        continue
    if doc not in docs: print('unknown doc',i,doc); bad+=1; continue
    fm,t,s,e=docs[doc]
    if (match=='section' and exp not in s) or (match=='title' and exp not in t):
        print('missing',i,doc,exp); bad+=1
    if doc in internal and aud!='internal': print('public question expects internal doc',i); bad+=1
print('questions per category:'); [print(f'  {c}: {n}') for c,n in cats.items()]
print('total', sum(cats.values()), 'internal docs', internal)
if bad==0 and len(internal)==1 and sum(cats.values())==178: print('OK')
else: print('FAIL',bad); sys.exit(1)
