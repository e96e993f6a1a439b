"""CAMEO actor codes: split a code such as ``IRNGOV`` or ``IGOUNOREFHCR`` into its parts.

A CAMEO actor code is a run of three-letter blocks: a country (ISO 3166-1 alpha-3), a
region/multinational code (WST, EUR ...), an ethnic code (KUR, ARB) or an international
generic code (IGO, NGO ...) first, then agent (sector) codes, then organisation codes.
"""

from __future__ import annotations

from dataclasses import dataclass

# Agent (role) codes from the CAMEO codebook 1.1b3, chapter 3 (primary and secondary roles).
SECTORS = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED "
    "REF MOD RAD PTY REL IGO NGO NGM MNC IMG UIS INT PKO".split()
)
# International generic codes that open a code in first position (Table 3.2).
INTERNATIONAL = frozenset("IGO IMG INT MNC NGM NGO UIS".split())
# Region codes (Table 3.3) and ethnic/identity codes tidings uses in first position.
REGIONS = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST".split()
)
ETHNIC = frozenset("ARB KUR UIG TAM TIB ABN PAL".split())


@dataclass(frozen=True)
class ParsedCode:
    code: str
    country: str | None  # ISO3, region, or ethnic code in first position; None for IGO/NGO ...
    sectors: tuple[str, ...]


def parse_code(code: str | None, countries: frozenset[str] = frozenset()) -> ParsedCode:
    """Split ``code`` into country (first block, unless it is an international generic code) and
    the agent codes among the remaining blocks. ``countries`` is the set of known country codes."""
    code = (code or "").strip().upper()
    if not code or code.startswith("-"):
        return ParsedCode(code="", country=None, sectors=())
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country: str | None = None
    rest = blocks
    first = blocks[0]
    if first in INTERNATIONAL:
        rest = blocks
    elif (
        first in countries
        or first in REGIONS
        or first in ETHNIC
        or (first not in SECTORS and len(first) == 3)
    ):
        country, rest = first, blocks[1:]
        # sub-national/territory codes (USAPRI, PSEGZA) keep their first block as the country
    sectors = tuple(b for b in rest if b in SECTORS)
    return ParsedCode(code=code, country=country, sectors=sectors)


def join_code(country: str | None, sectors: list[str] | tuple[str, ...]) -> str | None:
    """The CAMEO code of a country plus sectors (``IRN`` + ``GOV`` -> ``IRNGOV``); None if empty."""
    code = (country or "") + "".join(sectors)
    return code or None


def code_fits(gold: str | None, got: str | None) -> bool:
    """The scorers' convention for CAMEO actor codes: equal (``---MED`` and ``MED`` being the
    same code), or the gold code a less specific prefix of the extracted one at a three-letter
    block boundary (gold ``IMG``, extracted ``IMGMOSALQ``: right; the reverse: wrong)."""

    def bare(c: str | None) -> str:
        return c[3:] if c and c.startswith("---") else (c or "")

    g, e = bare(gold), bare(got)
    if g == e:
        return True
    return len(g) >= 3 and len(g) % 3 == 0 == len(e) % 3 and len(e) > len(g) and e.startswith(g)
