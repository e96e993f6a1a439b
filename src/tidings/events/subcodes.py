"""Subcodes of general codes by what the act is about (CAMEO 1.1b3 definitions).

A threat, a cut in aid, an expulsion or an administrative sanction that the lexicon left at
its general code (130, 162, 166, 172) takes the subcode of the first topic whose word the
trigger governs: "threatened to suspend IAEA inspections" 136 (halt international
involvement), "threat to jail opposition leaders" 137 (repression), "withheld military aid"
1622, "expelled the UN observers" 1662, "restricted mobile internet" 1721. The words are
written from the codebook's definitions of each subcode; the first topic found wins, so
more specific topics come first. ``tidings.events.families.refine`` reads these tables like
its investigation and accusation subjects.
"""

from __future__ import annotations

_SANCTION = "sanction sanctions embargo embargoes tariff tariffs boycott duties duty"
_POLITICAL = (
    "internet media press newspaper newspapers outlet outlets website websites journalist journalists"
    " speech expression assembly gathering gatherings rally rallies protest protests account accounts"
    " censorship accreditation"
)

SUBCODES: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    code: tuple((frozenset(words.split()), sub) for words, sub in table)
    for code, table in (
        (
            "130",
            (
                ("emergency martial", "1324"),
                ("curfew", "1323"),
                ("dissolve dissolution candidate candidates politician politicians", "1322"),
                (_POLITICAL, "1321"),
                (
                    "inspection inspections inspector inspectors observer observers monitor monitors"
                    " peacekeeper peacekeepers peacekeeping involvement",
                    "136",
                ),
                ("mediation mediate mediator brokering", "135"),
                ("talk talks negotiation negotiations dialogue", "134"),
                ("relation relations tie ties ambassador embassy diplomatic", "1313"),
                (_SANCTION, "1312"),
                ("aid assistance funding", "1311"),
                ("jail imprison arrest detain crackdown crush punish execute", "137"),
                ("blockade seal", "1381"),
                ("occupy occupation annex", "1382"),
                ("attack strike strikes missile missiles fire bomb bombing shell invade invasion", "1384"),
                ("force militarily military war retaliate", "138"),
                ("ban bar revoke licence licences license licenses close closure", "132"),
                ("countermeasure countermeasures retaliation measure measures", "131"),
                ("ultimatum deadline", "139"),
            ),
        ),
        (
            "162",
            (
                ("military arms weapon weapons security defence defense", "1622"),
                ("humanitarian relief refugee refugees food", "1623"),
                ("economic financial budget loan loans funding fund funds development", "1621"),
            ),
        ),
        (
            "166",
            (
                ("peacekeeper peacekeepers peacekeeping mission", "1661"),
                ("inspector inspectors observer observers monitor monitors", "1662"),
                ("agency agencies charity charities ngo ngos relief", "1663"),
            ),
        ),
        (
            "086",
            (
                ("peacekeeper peacekeepers peacekeeping", "0861"),
                ("inspector inspectors inspection inspections iaea", "0862"),
                ("aid convoy convoys agency agencies delivery deliveries humanitarian", "0863"),
            ),
        ),
        (
            "081",
            (
                ("emergency martial", "0814"),
                ("curfew", "0813"),
                ("party parties candidate candidates politician politicians", "0812"),
                (_POLITICAL, "0811"),
            ),
        ),
        (
            "172",
            (
                ("emergency martial", "1724"),
                ("curfew", "1723"),
                ("party parties candidate candidates politician politicians", "1722"),
                (_POLITICAL, "1721"),
            ),
        ),
    )
}
# Aid by what is given (provide 07x; appeal 023x, intent 033x, demand 103x, refusal 122x):
# protection or peacekeeping 4, military 2, humanitarian 3, economic 1, from the codebook's
# definitions of 071-074 ("pledge of development aid" 0331, "supplied helicopters" 072).
_AID = (
    ("peacekeeper peacekeepers peacekeeping protection escort", "4"),
    (
        "weapon weapons arms ammunition tank tanks missile missiles jet jets helicopter helicopters"
        " artillery drone drones munition munitions battery batteries military",
        "2",
    ),
    (
        "humanitarian food medicine medicines medical relief tent tents shelter blanket blankets vaccine vaccines"
        " truck trucks convoy convoys",
        "3",
    ),
    ("loan loans budget financial grant grants money funding fund funds economic development", "1"),
)
for _general, _stem in (("070", "07"), ("023", "023"), ("033", "033"), ("103", "103"), ("122", "122")):
    SUBCODES[_general] = tuple((frozenset(w.split()), _stem + d) for w, d in _AID)
# Material cooperation by its field (cooperate 06x; appeal 021x, intent 031x), from the
# codebook's definitions of 061-064: "cooperate with Kabul in the investigation" 063, "expand
# military cooperation" 0312, "boost trade and investment cooperation" 0311; intelligence
# first ("military intelligence" is shared intelligence), then justice, defence, the economy.
_COOPERATION = (
    ("intelligence", "4"),
    (
        "judicial legal justice investigation investigations inquiry prosecutor prosecutors extradition"
        " extraditions police policing law-enforcement",
        "3",
    ),
    ("military defence defense army armed naval navy security counter-terrorism counterterrorism", "2"),
    ("economic trade investment investments business financial finance commercial", "1"),
)
for _general, _stem in (("060", "06"), ("021", "021"), ("031", "031")):
    SUBCODES[_general] = tuple((frozenset(w.split()), _stem + d) for w, d in _COOPERATION)
# a threat composed to a branch ("threatened to downgrade relations" 131, "threat to bar" 132,
# "threat to fire missiles" 138) narrows within that branch only
for _branch in ("131", "132", "138"):
    SUBCODES[_branch] = tuple((w, s) for w, s in SUBCODES["130"] if s.startswith(_branch) and s != _branch)
