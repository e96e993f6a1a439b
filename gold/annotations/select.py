import csv, re, sys
import os
from pathlib import Path
SHARED=Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[3] / "shared"))
sys.path.insert(0,'/work/main/tests')
rows=[]
for y in ("2019","2020"):
    with open(f"{SHARED}/corpora/wikinews/wikinews_{y}.csv",encoding="utf-8",newline="") as fh:
        for i,r in enumerate(csv.DictReader(fh)):
            r["id"]=f"wn-{y}-{i:03d}"; rows.append(r)
names={}
for line in open(str(SHARED)+"/reference/cameo/countrynames.txt"):
    p=line.rstrip("\n").split("\t")
    if len(p)>=2 and len(p[1])==3 and p[1]!="---": names[p[0]]=p[1]
extra={"United States":"USA","U.S.":"USA","US ":"USA","UK":"GBR","United Kingdom":"GBR","Britain":"GBR","British":"GBR","American":"USA","Russian":"RUS","Chinese":"CHN","Iranian":"IRN","Israeli":"ISR","Palestinian":"PSE","Turkish":"TUR","Syrian":"SYR","Iraqi":"IRQ","French":"FRA","German":"DEU","Indian":"IND","Pakistani":"PAK","Japanese":"JPN","Korea":"KOR","Saudi":"SAU","Venezuela":"VEN","Ukrainian":"UKR","European Union":"EU","NATO":"NATO","United Nations":"UN"}
names.update(extra)
for r in rows:
    t=r["text"]; c=set()
    for n,code in names.items():
        if n in t: c.add(code)
    r["n"]=len(c); r["c"]=sorted(c); r["w"]=len(t.split())
sel=[r for r in rows if r["n"]>=2]
for r in sorted(sel,key=lambda r:r["id"]):
    print(r["id"], r["date"], r["w"], r["n"], r["title"][:70], " ".join(r["c"][:8]))
