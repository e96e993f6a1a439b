"""The CAMEO code table: label, Goldstein score, quad class and PLOVER event/mode/context.

Read once per process from ``tidings/data/events/cameo_codes.tsv`` (sources in its header).
A code missing from the table takes its parent's row ("0214x" -> "0214" -> "021" -> "02").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from importlib import resources

from tidings.model import Plover


@dataclass(frozen=True)
class CodeInfo:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover_event: str
    plover_mode: str | None
    plover_context: tuple[str, ...]

    def plover(self) -> Plover:
        ctx: list[str] | str | None = list(self.plover_context) or None
        return Plover(event=self.plover_event, mode=self.plover_mode, context=ctx)


@functools.cache
def code_table() -> dict[str, CodeInfo]:
    text = resources.files("tidings").joinpath("data/events/cameo_codes.tsv").read_text(encoding="utf-8")
    table: dict[str, CodeInfo] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, label, gold, quad, event, mode, context = (line.split("\t") + [""] * 7)[:7]
        table[code] = CodeInfo(
            code=code,
            label=label,
            goldstein=float(gold),
            quad_class=int(quad),
            plover_event=event,
            plover_mode=mode.strip() or None,
            plover_context=tuple(c.strip() for c in context.split(";") if c.strip()),
        )
    return table


def is_code(code: str) -> bool:
    return code in code_table()


def code_info(code: str) -> CodeInfo:
    """The row for ``code`` or its nearest parent; KeyError for a code with no root."""
    table = code_table()
    for k in (code, code[:3], code[:2]):
        if k in table:
            row = table[k]
            return row if k == code else replace(row, code=code)
    raise KeyError(f"unknown CAMEO code {code!r}")


def root(code: str) -> str:
    return code[:2]


# How a control verb recodes its complement's event (CAMEO's parallel sub-codes):
# "agreed to meet" = intent (03) + consult (04) -> 036; "refused to meet" -> 125;
# "demanded aid" -> 103; "urged talks" -> 026; "threatened to strike" -> 138.
# Keys are the complement's code prefix, longest match first.
COMPOSE: dict[str, dict[str, str]] = {
    "03": {
        "061": "0311",
        "062": "0312",
        "063": "0313",
        "064": "0314",
        "06": "031",
        "071": "0331",
        "072": "0332",
        "073": "0333",
        "074": "0334",
        "07": "033",
        "05": "032",
        "04": "036",
        "045": "039",
        "0841": "0353",
        "0842": "0353",
        "085": "0354",
        "086": "0355",
        "087": "0356",
        "0871": "0356",
        "08": "035",
        "081": "0351",
        "082": "0352",
        "0831": "0341",
        "0832": "0342",
        "0833": "0343",
        "0834": "0344",
        "03": "030",
    },
    "12": {
        "061": "1211",
        "062": "1212",
        "063": "1213",
        "064": "1214",
        "06": "121",
        "071": "1221",
        "072": "1222",
        "073": "1223",
        "074": "1224",
        "07": "122",
        "04": "125",
        "045": "126",
        "0841": "1243",
        "0842": "1243",
        "085": "1244",
        "086": "1245",
        "087": "1246",
        "08": "124",
        "081": "1241",
        "082": "1242",
        "0831": "1231",
        "0832": "1232",
        "0833": "1233",
        "0834": "1234",
        "05": "120",
        "03": "120",
    },
    "10": {
        "061": "1011",
        "062": "1012",
        "063": "1013",
        "064": "1014",
        "06": "101",
        "071": "1031",
        "072": "1032",
        "073": "1033",
        "074": "1034",
        "07": "103",
        "05": "102",
        "04": "106",
        "045": "108",
        "0841": "1053",
        "0842": "1053",
        "085": "1054",
        "086": "1055",
        "087": "1056",
        "08": "105",
        "081": "1051",
        "082": "1052",
        "0831": "1041",
        "0832": "1042",
        "0833": "1043",
        "0834": "1044",
        "09": "101",
    },
    "02": {
        "061": "0211",
        "062": "0212",
        "063": "0213",
        "064": "0214",
        "06": "021",
        "071": "0231",
        "072": "0232",
        "073": "0233",
        "074": "0234",
        "07": "023",
        "05": "022",
        "04": "026",
        "045": "028",
        "0841": "0253",
        "0842": "0253",
        "085": "0254",
        "086": "0255",
        "087": "0256",
        "08": "025",
        "081": "0251",
        "082": "0252",
        "0831": "0241",
        "0832": "0242",
        "0833": "0243",
        "0834": "0244",
        "09": "0213",
    },
    "13": {
        "16": "131",
        "161": "1313",
        "162": "1311",
        "163": "1312",
        "164": "134",
        "165": "135",
        "166": "136",
        "17": "132",
        "171": "130",
        "172": "132",
        "1723": "1323",
        "1724": "1324",
        "175": "137",
        "14": "133",
        "191": "1381",
        "192": "1382",
        "18": "1383",
        "19": "138",
        "190": "1384",
        "204": "1385",
        "20": "1385",
    },
}


def compose(control_root: str, inner: str | None) -> str | None:
    """The code for control verb family ``control_root`` over complement code ``inner``.

    None when the family has no CAMEO code for that complement (the caller keeps the
    complement's own code and marks its modality instead).
    """
    if inner is None:
        return control_root + "0"
    table = COMPOSE.get(control_root, {})
    for n in (4, 3, 2):
        if inner[:n] in table and len(inner) >= n:
            return table[inner[:n]]
    return None
