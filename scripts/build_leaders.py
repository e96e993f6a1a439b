"""Build tidings' office-holder knowledge base from ../shared/reference/leaders/office_holders.tsv.

    python scripts/build_leaders.py [--source DIR] [--out src/tidings/data/actors/office_holders.tsv]

Keeps national executive offices (heads of state and government, ministers including deputies,
military chiefs) and IGO heads whose term ends in 1990 or later (or is open); drops legislators
and the "other" role (sub-national heads, judges, ambassadors, mayors). Each kept row says who
held which office in which country from when to when, the CAMEO code of the office, and the
line of the source file it came from. An empty end in the source means "in office at the
source's snapshot date", not "in office today": the build writes that snapshot date in the
``open_to`` column so that the run-time lookup knows how far an open term is attested.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tidings.actors.leaders import normalise, surname_of  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "leaders"
DEFAULT_OUT = ROOT / "src" / "tidings" / "data" / "actors" / "office_holders.tsv"

KEEP = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "minister",
    "military",
    "igo_head",
)
SECTOR = {"military": "MIL"}
# The snapshot date of each source's data (README.md of the leaders directory); wd-eps repos have
# their own dates, read from the README's table.
SNAPSHOT = {
    "cia-wfb": "2025-01-01",
    "us-dos-pocom": "2026-06-20",
    "us-congress": "2026-06-15",
    "wd-eps/world": "2023-01-10",
}
IGO_CODES = (("United Nations", "IGOUNO"), ("World Trade Organization", "IGOBUSWTO"))
HEADER = """# tidings office holders v1
# Dated national executive office holders (heads of state and government, ministers, military chiefs)
# and IGO heads, terms ending 1990 or later. Built by scripts/build_leaders.py from
# ../shared/reference/leaders/office_holders.tsv (retrieved 2026-12-01), itself built from:
#   Wikidata via every-politician-scrapers (CC0 1.0; queries and snapshots by Tony Bowden),
#   U.S. Department of State Office of the Historian POCOM (public domain / CC0 1.0),
#   @unitedstates congress-legislators executive.yaml (CC0 1.0),
#   CIA World Factbook via MilkMp/CIA-World-Factbooks-Archive-1990-2025 (public domain data).
# Attribution: Wikidata contributors; EveryPolitician; U.S. Office of the Historian; @unitedstates; CIA.
# Licence of this derived file: CC0 1.0 (as its sources).
# Columns: names (| separated, first canonical) <TAB> country (ISO 3166-1 alpha-3; empty for IGO posts)
#   <TAB> CAMEO code <TAB> role <TAB> title (as in the source) <TAB> start <TAB> end <TAB> open_to <TAB> source
#   <TAB> name keys <TAB> surname keys (the names as tidings.actors.leaders.normalise / surname_of make them,
#   precomputed so that loading is a dictionary build)
# Dates are YYYY, YYYY-MM or YYYY-MM-DD as precise as the source. An empty end means the term was open
# at the source's snapshot date, given in open_to; it is not evidence that the term is open later.
# source: the source id and the line of office_holders.tsv the row came from.
"""


def snapshot_dates(readme: Path) -> dict[str, str]:
    """wd-eps/<repo> -> snapshot date, from the README table (| owner/repo | commit | date | ...)."""
    out = dict(SNAPSHOT)
    row = re.compile(
        r"^\| (?:every-politician-scrapers|Jkudjo)/([\w-]+) \| [0-9a-f]{40} \| (\d{4}-\d{2}-\d{2}) \|"
    )
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = row.match(line)
        if m:
            out.setdefault(f"wd-eps/{m.group(1)}", m.group(2))
    return out


def code_of(role: str, country: str, title: str) -> str | None:
    if role == "igo_head":
        return next((code for word, code in IGO_CODES if word in title), None)
    return country + SECTOR.get(role, "GOV") if country else None


def clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def build(source: Path, out: Path) -> tuple[int, int]:
    snapshots = snapshot_dates(source / "README.md")
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    read = 0
    with open(source / "office_holders.tsv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        for n, rec in enumerate(reader, 2):
            read += 1
            if len(rec) != len(header):
                sys.exit(
                    f"{source / 'office_holders.tsv'}:{n}: expected {len(header)} columns, got {len(rec)}"
                )
            role, end = rec[col["role"]], rec[col["end"]]
            if role not in KEEP or (end and end[:4] < "1990"):
                continue
            name, country, title = clean(rec[col["name"]]), rec[col["country_iso3"]], clean(rec[col["title"]])
            code = code_of(role, country, title)
            if not name or not code:
                continue
            aliases = [clean(a) for a in rec[col["aliases"]].split("|") if clean(a) and clean(a) != name]
            src = rec[col["source"]]
            open_to = "" if end else snapshots.get(src, "")
            key = (name, country, role, title, rec[col["start"]], end)
            if key in seen:
                continue
            seen.add(key)
            names = [name, *aliases]
            rows.append(
                (
                    "|".join(names),
                    country,
                    code,
                    role,
                    title,
                    rec[col["start"]],
                    end,
                    open_to,
                    f"office_holders.tsv:{n} {src}",
                    "|".join(sorted({normalise(x) for x in names})),
                    "|".join(sorted({surname_of(x) for x in names})),
                )
            )
    rows.sort(key=lambda r: (r[1], r[0].lower(), r[5], r[4]))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return read, len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    read, kept = build(args.source, args.out)
    print(f"{read} rows read, {kept} kept -> {args.out}")


if __name__ == "__main__":
    main()
