import csv, sys, textwrap, datetime as dt
import os
from pathlib import Path
SHARED=Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[3] / "shared"))
rows={}
for y in ("2019","2020"):
    with open(f"{SHARED}/corpora/wikinews/wikinews_{y}.csv",encoding="utf-8",newline="") as fh:
        for i,r in enumerate(csv.DictReader(fh)):
            rows[f"wn-{y}-{i:03d}"]=r
for k in sys.argv[1:]:
    r=rows[k]; d=dt.date.fromisoformat(r["date"])
    print("=====",k,r["date"],d.strftime("%A"),r["title"]); print(r["url"])
    print(textwrap.fill(r["text"],160)); print()
