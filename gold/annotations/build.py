"""Write the event and actor gold from the hand annotations in ann_*.py (texts copied exactly from the corpus).

Every article goes to gold/events.jsonl with its ``split``: "dev" (used while writing rules)
or "heldout" (annotated by reading before tidings ran on it; used only to measure, never to
tune: ``tidings evaluate gold/events.jsonl --split heldout``). The held-out articles' actor
mentions also go to gold/actors.jsonl (split "heldout"), and those of the later dev articles
(ann_dev_*.py) as split "dev2"; the articles of ann_dev3_*.py go to both files as split "dev3". Actor mentions are (text, code) or
(text, code, context).
"""
import csv, json, re, glob, importlib.util, datetime as dt
from pathlib import Path
import os
from pathlib import Path
SHARED=Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[3] / "shared"))
ROOT=Path(__file__).resolve().parents[2]
rows={}
CAMEO_CF=set()
for y in ("2019","2020"):
    with open(f"{SHARED}/corpora/wikinews/wikinews_{y}.csv",encoding="utf-8",newline="") as fh:
        for i,r in enumerate(csv.DictReader(fh)):
            rows[f"wn-{y}-{i:03d}"]=r
for line in open(str(SHARED)+"/reference/cameo/CAMEO_codefile.txt",encoding="utf-8",errors="replace"):
    m=re.match(r"^LABEL:\s*(\d{3,4})=",line)
    if m: CAMEO_CF.add(m.group(1))
# the codebook itself (1.1b3) has codes the two lists above lack (1951, 1952)
for line in open(str(SHARED)+"/reference/cameo/CAMEO_codebook_1.1b3_no_examples.txt",encoding="utf-8",errors="replace"):
    m=re.match(r"^CAMEO\s+(\d{3,4})\s*$",line)
    if m: CAMEO_CF.add(m.group(1))
PLOVER={}
for line in open(str(SHARED)+"/reference/plover/CAMEO2PLOVER-2021.txt",encoding="utf-8"):
    m=re.match(r"^(\d{3,4}):\s*([A-Z]+)",line)
    if m: PLOVER[m.group(1)]=m.group(2)
CAMEO=set()
for line in open(str(SHARED)+"/reference/cameo/GDELT_CAMEO.eventcodes.txt",encoding="utf-8",errors="replace"):
    c=line.split("\t")[0]
    if c.isdigit() and len(c)>=3: CAMEO.add(c)
SECTORS={"GOV","MIL","REB","OPP","COP","JUD","LEG","BUS","MED","CVL","IGO","EDU","HLH","NGO","REF","SPY","UAF","ELI","LAB","REL","ENV","HRI","CRM","INS","SEP","PTY","MOD","RAD","AGR","DEV","IMG","MNC","NGM","PKO","SPY"}
def actor(code):
    if code is None: return None,[],None
    for p in ("IGO","NGO","IMG","MNC","NGM"):
        if code.startswith(p): return None,[p],code
    if code.startswith("---"): rest=code[3:]; ctry=None
    else: ctry=code[:3]; rest=code[3:]
    secs=[rest[i:i+3] for i in range(0,len(rest),3)]
    assert all(len(s)==3 for s in secs), code
    return ctry,[s for s in secs if s in SECTORS],code
def event(t,text):
    src,tgt,cameo,sent,trig=t[:5]; opt=t[5] if len(t)>5 else {}
    assert cameo in CAMEO or cameo in CAMEO_CF, cameo
    assert sent in text, sent
    assert 30<=len(sent)<=80 or (len(sent)>=15 and sent[-1] in ".!?"), (len(sent),sent)
    pos=text.index(sent)
    win=text[max(0,pos-400):pos+len(sent)+400]
    assert trig in win, (trig,sent)
    pl=(PLOVER.get(cameo) or PLOVER.get(cameo[:3])) if not cameo.startswith(("01","02")) else None
    if not cameo.startswith(("01","02")): assert pl, cameo
    sc,ss,scode=actor(src); tc,ts,tcode=actor(tgt)
    e={"source":sc,"source_sectors":ss,"source_code":scode,"target":tc,"target_sectors":ts,"target_code":tcode,
       "cameo":cameo,"plover":pl,"sentence":sent,"trigger":trig}
    for k in ("date","place","negated","modality","symmetric","note"):
        if k in opt: e[k]=opt[k]
    return e
ERR=[]
def main():
    out=[]
    for f in sorted(glob.glob(str(Path(__file__).parent / "ann_*.py"))):
        spec=importlib.util.spec_from_file_location(Path(f).stem,f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for aid,a in m.A.items():
            if aid=="seed":
                text=(ROOT/"examples/seed-article.txt").read_text(encoding="utf-8")
                rec={"id":"seed","url":None,"title":None,"published":"2022-10-16","text":text}
            else:
                r=rows[aid]; text=r["text"]
                rec={"id":aid,"url":r["url"],"title":r["title"],"published":r["date"],"text":text}
            rec["events"]=[]
            for t in a["events"]:
                try: rec["events"].append(event(t,text))
                except AssertionError as ex: ERR.append((aid,ex))
            rec["actors"]=[]
            for item in a["actors"]:
                tx,code=item[:2]; ctx=item[2] if len(item)>2 else None
                assert tx in text, tx
                if ctx is not None:
                    assert ctx in text and tx in ctx, (ctx, tx)
                rec["actors"].append({"text":tx,"code":code,**({"context":ctx} if ctx else {})})
            rec["split"]=a.get("split","dev")
            if Path(f).stem.startswith("ann_dev_"): rec["actor_split"]="dev2"
            if Path(f).stem.startswith("ann_dev3_"): rec["split"]="dev3"  # every ann_dev3_*.py: events and actors as "dev3"
            if Path(f).stem.startswith("ann_dev4_"): rec["split"]="dev4"  # every ann_dev4_*.py: events and actors as "dev4"
            if Path(f).stem.startswith("ann_dev5_"): rec["split"]="dev5"  # every ann_dev5_*.py: events and actors as "dev5"
            out.append(rec)
    if ERR:
        for e in ERR: print("ERROR",*e)
        raise SystemExit(1)
    ids=[r["id"] for r in out]; assert len(ids)==len(set(ids))
    held=[r for r in out if r["split"]=="heldout"]
    with open(ROOT/"gold/events.jsonl","w",encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps({k:v for k,v in r.items() if k!="actor_split"},ensure_ascii=False)+"\n")
    # actors.jsonl: the hand-made splits (dev, test..test4) stay; the mentions of the dev articles
    # annotated with their events (ann_dev_*.py) come as split "dev2", the held-out ones as "heldout"
    path=ROOT/"gold/actors.jsonl"
    kept=[l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l).get("split") not in ("dev2","dev3","dev4","dev5","heldout")]
    new=[dict(r, split="dev2") for r in out if r["split"]=="dev" and r.get("actor_split")=="dev2"]+held+[r for r in out if r["split"] in ("dev3","dev4","dev5")]
    with open(path,"w",encoding="utf-8") as fh:
        for l in kept: fh.write(l+"\n")
        for r in new:
            fh.write(json.dumps({k:r[k] for k in ("id","url","title","published","text","actors","split")},ensure_ascii=False)+"\n")
    print(len(new),"articles'",sum(len(r["actors"]) for r in new),"actor mentions written to actors.jsonl (dev2 + heldout + dev3 + dev4)")
    print(len(held),"held-out articles",sum(len(r["events"]) for r in held),"events",sum(len(r["actors"]) for r in held),"actor mentions")
    from collections import Counter
    n=sum(len(r["events"]) for r in out)
    print(len(out),"articles",n,"events")
    print(sorted(Counter(e["cameo"][:2] for r in out for e in r["events"]).items()))
main()
