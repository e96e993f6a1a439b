"""What an appeal, intent, demand or rejection is about: the subcode from the words it governs.

CAMEO's families 02 (appeal), 03 (intent), 10 (demand) and 12 (reject) share one set of
topics (material cooperation, aid, political reform, yielding, meeting, settlement,
mediation), each with its own code in each family (0253, 0353, 1053, 1243: release). An
event that the lexicon left at its family's general code (020, 030, 100, 120) takes the
code of the first topic whose word appears in the trigger's own clause ("urged Iran to
respect the rights of women" -> 0243, "demanded an investigation" -> 101). The topic words
are written from the CAMEO 1.1b3 definitions of each code. Protests (141-145) likewise take
their x1-x4 subcode from what they demand ("marched demanding the resignation of" -> 1411).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.codes import compose
from tidings.events.subcodes import SUBCODES

# topic: (words (lemmas), codes in the families 02, 03, 10, 12); the first topic found wins,
# so more specific topics come first. "" = the family has no such code.
TOPICS: tuple[tuple[frozenset[str], tuple[str, str, str, str]], ...] = tuple(
    (frozenset(words.split()), codes)
    for words, codes in (
        ("ceasefire cease-fire truce armistice", ("0256", "0356", "1056", "1246")),
        ("withdraw withdrawal pullout pull-out pull scale", ("0256", "0356", "1056", "1246")),
        ("de-escalate de-escalation restraint", ("0256", "0356", "1056", "1246")),
        ("release free freeing hostage prisoner detainee tanker", ("0253", "0353", "1053", "1243")),
        ("sanction embargo tariff boycott duty duties", ("0254", "0354", "1054", "1244")),
        ("curfew restriction curb blackout relax", ("0251", "0351", "1051", "1241")),
        ("crackdown", ("0252", "0352", "1052", "1242")),
        (
            "protest protests march marches strike strikes blockade blockades demonstration demonstrations unrest",
            ("0252", "0352", "1052", "1242"),
        ),
        ("inspector observer monitor inspection", ("0255", "0355", "1055", "1245")),
        ("mediation mediate mediator", ("028", "038", "108", "126")),
        (
            "resign resignation ouster removal aside power reinstate step-down",
            ("0241", "0341", "1041", "1231"),
        ),
        ("right freedom women girls consular suffrage", ("0243", "0343", "1043", "1233")),
        (
            "constitution referendum election institution democratic democracy transitional parliamentary",
            ("0244", "0344", "1044", "1234"),
        ),
        ("reform", ("024", "034", "104", "123")),
        ("concession compromise ground concede cede accept", ("025", "035", "105", "124")),
        (
            "policy reconsider rethink reverse revise amend repeal law rule rules change",
            ("0242", "0342", "1042", "1232"),
        ),
        ("peacekeeper peacekeeping protection protect", ("0234", "0334", "1034", "1224")),
        (
            "station stationing training exercise exercises drill drills troops deployment deployments",
            ("0212", "0312", "1012", "1212"),
        ),
        (
            "loan loans bailout funding deposit billion financial finance budget currency compensation reparations",
            ("0231", "0331", "1031", "1221"),
        ),
        (
            "weapon arms ammunition tank missile missiles jet jets fighter artillery battery batteries munition munitions"
            " shell shells",
            ("0232", "0332", "1032", "1222"),
        ),
        (
            "humanitarian food medicine relief tent shelter hospital rescue medical supplies vaccine vaccines",
            ("0233", "0333", "1033", "1223"),
        ),
        ("pay compensate", ("0231", "0331", "1031", "1221")),  # after the things paid for
        # letting foreign agents in is international involvement (0255, 0355, 1055, 1245):
        # "demanded that Russia let IAEA experts into the plant"
        ("let allow permit admit", ("0255", "0355", "1055", "1245")),
        # the act of giving is aid, whatever is given ("must provide it")
        ("aid assistance help provide supply deliver", ("023", "033", "103", "122")),
        (
            "extradite extradition judicial hand-over handover fugitive suspect suspects court icc tribunal warrant",
            ("0213", "0313", "1013", "1213"),
        ),
        ("intelligence", ("0214", "0314", "1014", "1214")),
        (
            "investigation investigate inquiry probe information explanation explain disclose",
            ("0214", "", "101", ""),
        ),
        ("trade investment economic buy purchase", ("0211", "0311", "1011", "1211")),
        ("talk talks negotiation negotiate dialogue meeting summit", ("026", "036", "106", "125")),
        ("settlement settle solution resolve", ("027", "037", "107", "127")),
        ("support backing endorsement", ("022", "032", "102", "")),
        # "promised cooperation" with no field named is 030 (as the lexicon's 030 row), practical
        # or material cooperation 031; "agreed to cooperate" composes 03 + 060 to 031
        ("practical material", ("021", "031", "101", "121")),
        ("cooperation cooperate", ("021", "030", "101", "121")),
    )
)
FAMILY = {"020": 0, "030": 1, "100": 2, "120": 3, "123": 3}  # 123: a rejected reform narrows by its topic
_POLICY = next(i for i, (w, _) in enumerate(TOPICS) if "repeal" in w)
POLICY_THINGS = frozenset(
    "reform reforms law laws bill bills policy policies decree plan rule rules tax".split()
)
STRIKES = frozenset({"strike", "strikes"})
AIR_STRIKE = frozenset(
    "air aircraft base bases drone drones missile missiles military airstrike airstrikes".split()
)
MATERIAL = frozenset(
    "material practical production co-production industrial technical technology energy".split()
)
# Investigations (09) and accusations (112) by what they are about, from the codebook's
# definitions of 091-094 and 1121-1125 (war crimes first: "crimes" alone is 091/1121).
_WAR_CRIMES = "genocide atrocity atrocities massacre massacres cleansing war-crimes"
_ABUSES = "abuse abuses torture tortured torturing persecution discrimination repression crackdown"
_FORCE = "attack attacks strike strikes airstrike airstrikes killing killings shooting clash clashes"
_CRIME = "corruption fraud crime crimes bribery theft laundering embezzlement misuse breach breaching"
SUBJECTS: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    code: tuple((frozenset(words.split()), sub) for words, sub in table)
    for code, table in (
        (
            "090",
            (
                (_WAR_CRIMES + " war", "094"),
                (_ABUSES + " violation violations rights", "092"),
                (_FORCE + " downing bombing raid shelling incident", "093"),
                (_CRIME + " affair scandal", "091"),
            ),
        ),
        (
            "112",
            (
                (_WAR_CRIMES + " war executing execution executions", "1124"),
                ("spy spying spied espionage treason sabotage saboteur saboteurs", "1125"),
                (_ABUSES + " rights", "1122"),
                (
                    "aggression invasion provocation meddling interference incursion sovereignty"
                    + " "
                    + _FORCE,
                    "1123",
                ),
                (_CRIME, "1121"),
            ),
        ),
    )
}
SUBJECTS.update(SUBCODES)  # threats, aid cuts, expulsions, administrative sanctions by topic
# Protests (141 demonstrate, 142 hunger strike, 143 strike or boycott, 144 obstruct, 145 riot)
# for leadership change (x1), policy change (x2), rights (x3), institutional change (x4).
PROTEST_TOPICS: tuple[tuple[frozenset[str], str], ...] = tuple(
    (frozenset(words.split()), digit)
    for words, digit in (
        ("resignation resign ouster removal departure step", "1"),
        ("right rights freedom equality", "3"),
        (
            "democracy democratic constitution election suffrage referendum monarchy civilian transitional",
            "4",
        ),
        (
            "law policy bill plan tax price hike reform overhaul decision mine subsidy wage pay pension"
            " licence licences rule rules change changes deal ban duty duties",
            "2",
        ),
    )
)
PROTESTS = ("141", "142", "143", "144", "145")
# Conventional force (190) takes the code of the weapon it is fought with, in the codebook's
# order of precedence: remotely piloted (1952) over precision-guided (1951) over other
# aerial (195) over artillery, tanks and warships (194) over small arms (193).
WEAPONS: tuple[tuple[frozenset[str], str], ...] = tuple(
    (frozenset(words.split()), code)
    for words, code in (
        ("drone drones uav uavs unmanned", "1952"),
        ("precision-guided laser-guided guided glide", "1951"),
        (
            "warplane warplanes jet jets aircraft helicopter helicopters gunship gunships bomber bombers"
            " airstrike airstrikes air-strike aerial",
            "195",
        ),
        (
            "artillery tank tanks mortar mortars howitzer howitzers rocket rockets warship warships"
            " shell shells cannon",
            "194",
        ),
        (
            "rifle rifles gun guns gunfire small-arms arms machine-gun machine-guns pistol pistols sniper"
            " snipers gunman gunmen",
            "193",
        ),
    )
)
WMD: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset("nuclear atomic".split()), "2042"),
    (frozenset("chemical biological sarin chlorine gas nerve mustard radiological".split()), "2041"),
)
MASS_VIOLENCE_FROM = frozenset({"190", "180", "183", "185", "1823", "1712", "195", "194"})
ATTACKING = frozenset(
    """attack strike bomb shell fire shoot hit raid fight battle clash exchange trade launch use
    target pound bombard assault offensive airstrike operation war fighting drop kill""".split()
)
FIRING = frozenset({"exchange", "trade", "fight", "use", "fire", "launch", "drop", "deploy"})
WEAPON_DEPS = frozenset({"nsubj", "agent", "dobj", "prep", "pobj", "compound", "amod", "acl", "nmod"})
DEMANDING = frozenset({"demand", "call", "seek", "urge", "press", "insist"})
STOP = frozenset({"nsubj", "nsubjpass", "csubj", "advcl", "relcl", "parataxis", "punct"})


def clause_words(tok: Token, depth: int = 4) -> list[str]:
    """Lemmas of the words the trigger governs (its subjects and side clauses left out),
    nearest first."""
    out: list[str] = []
    layer = [c for c in tok.children if c.dep_ not in STOP]
    for _ in range(depth):
        nxt: list[Token] = []
        for t in sorted(layer, key=lambda x: abs(x.i - tok.i)):
            out.append(t.lemma_.lower())
            out.append(t.lower_)
            # a phrasal verb also as one word: "hand over" -> "hand-over", "step down"
            out.extend(f"{t.lemma_.lower()}-{c.lower_}" for c in t.children if c.dep_ == "prt")
            nxt.extend(c for c in t.children if c.dep_ not in STOP)
        layer = nxt
    return out


def _instruments(trigger: Token) -> set[str]:
    """Words of what an act is done with: its subject or agent ("Israeli warplanes bombed"),
    a *with* instrument ("struck with drones") or a firing verb's object ("exchanged
    small-arms fire"); not its target ("shot down a drone", "attacked a nuclear plant")."""
    firing = trigger.lemma_.lower() in FIRING
    layer = [
        c
        for c in trigger.children
        if (c.dep_ in WEAPON_DEPS and c.dep_ not in ("prep", "dobj"))
        or (c.dep_ == "prep" and c.lower_ in ("with", "by"))
        or (c.dep_ == "dobj" and firing)
    ]
    words: set[str] = set()
    for _ in range(4):
        words.update(w for t in layer for w in (t.lower_, t.lemma_.lower()))
        layer = [
            c
            for t in layer
            for c in t.children
            if (c.dep_ in WEAPON_DEPS and c.dep_ != "prep") or c.lower_ == "with"
        ]
    if trigger.lemma_.lower() in ("bomb", "airstrike"):
        words.add("aerial")  # "bombed": CAMEO 195 is bombing from the air
    return words


def _first(
    table: tuple[tuple[frozenset[str], str], ...], words: set[str], default: str
) -> tuple[str, str | None]:
    for weapon, code in table:
        hit = weapon & words
        if hit:
            return code, sorted(hit)[0]
    return default, None


def _wmd(trigger: Token) -> tuple[str, str | None]:
    """2041/2042 when the act is done with chemical, biological or nuclear weapons
    ("attacked with chlorine gas", "destroyed by an atomic bomb")."""
    words = _instruments(trigger)
    if "tear" in words:  # tear gas is repression (175), no chemical weapon
        words.discard("gas")
    return _first(WMD, words, "")


def _weapon(trigger: Token) -> tuple[str, str | None]:
    """190 by what it is fought with, in the codebook's order of precedence."""
    if trigger.lemma_.lower() not in ATTACKING:  # "beat with rifle butts" is no gunfight
        return "190", None
    return _first(WEAPONS, _instruments(trigger), "190")


def _with_passive_subject(trigger: Token) -> set[str]:
    """The trigger's clause words and its passive subject's ("Kyiv's request for missiles was
    turned down", "marches demanding the president's removal were staged")."""
    words = set(clause_words(trigger))
    for c in trigger.children:
        if c.dep_ == "nsubjpass":
            words.update((c.lemma_.lower(), *clause_words(c)))
            # "calls to free the tanker were rejected": the parser hangs the noun's
            # infinitive on it as an adverbial clause
            for x in c.children:
                if x.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                    words.update((x.lemma_.lower(), *clause_words(x)))
    return words


MILITARY = frozenset("military army armed forces troops navy naval defence defense soldiers".split())


def _military_subject(trigger: Token) -> bool:
    """The act's subject or agent is an armed force ("South Korea's military", "the army")."""
    for c in trigger.children:
        heads = (
            [c]
            if c.dep_ == "nsubj"
            else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "agent"
            else []
        )
        for h in heads:
            if {h.lower_, *(x.lower_ for x in h.children if x.dep_ in ("compound", "amod"))} & MILITARY:
                return True
    return False


def _protest(trigger: Token, code: str) -> tuple[str, str | None]:
    """Protests (and acceding to demands, 083) by what they demand: x1 leadership, x2 policy,
    x3 rights, x4 institutions; a general protest (140) that demands something is 141x."""
    words = _with_passive_subject(trigger)
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for h in heads:  # "marched demanding the resignation of X", "protesters against the bill"
        for c in h.children:
            if (c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in DEMANDING) or (
                h is not trigger and c.dep_ == "prep" and c.lower_ == "against"
            ):
                words.update(clause_words(c))
    for topic, digit in PROTEST_TOPICS:
        hit = topic & words
        if hit:
            return ("141" if code == "140" else code) + digit, sorted(hit)[0]
    return code, None


def _agrees_that(trigger: Token) -> bool:
    """'agreed that unilateral sanctions were harmful': agreeing with a view is an expression
    of accord (019), not an intent; 'agreed that they would meet' stays an intent."""
    if trigger.lemma_.lower() not in ("agree", "concur"):
        return False
    for c in trigger.children:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            aux = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
            return not aux & (FUTURE_AUX | POSSIBLE_AUX | {"should", "must", "to"})
    return False


def refine(trigger: Token, code: str) -> tuple[str, str | None]:
    """The family subcode for a general appeal/intent/demand/rejection, and the word that
    chose it (None when ``code`` stays)."""
    if code in PROTESTS or code in ("140", "083"):
        return _protest(trigger, code)
    if code in MASS_VIOLENCE_FROM:  # chemical or nuclear weapons over any other code (204x)
        wmd = _wmd(trigger)
        if wmd[1] is not None:
            return wmd
    if code == "190":
        return _weapon(trigger)
    if code == "151" and _military_subject(trigger):  # "the military raised its alert level"
        return "152", "military"
    if code == "052" and _military_subject(trigger):
        # 052 is defending verbally: "French soldiers were defending Romania" is protection (074)
        return "074", "military"
    if code in SUBJECTS:  # what an investigation, accusation, threat, expulsion ... is about
        words = _with_passive_subject(trigger)
        for topic, sub in SUBJECTS[code]:
            hit = topic & words
            if hit:
                return sub, sorted(hit)[0]
        if code == "031" and not words & MATERIAL:
            # "ready to cooperate with Iraq": no material field named, the residual 030
            # (codebook: 030 when distinctions among 031-039 cannot be made)
            return "030", None
        return code, None
    if code == "030" and _agrees_that(trigger):
        return "019", "that"
    slot = FAMILY.get(code)
    if slot is None:
        return code, None
    # the trigger itself may be the topic: "Iran must free the tanker" (a demand over "free")
    lemma = trigger.lemma_.lower()
    words = _with_passive_subject(trigger) | {lemma}
    words.update(f"{lemma}-{c.lower_}" for c in trigger.children if c.dep_ == "prt")
    for topic, codes in TOPICS:
        hit = topic & words
        if hit and codes[slot]:
            if hit <= STRIKES and words & AIR_STRIKE:
                continue  # "use the base for strikes" (air strikes) is no protest
            if "withdraw" in topic and words & POLICY_THINGS and not words & MILITARY:
                # "withdraw the pension reform" is a policy change (x242), no military pullout
                return TOPICS[_POLICY][1][slot], sorted(words & POLICY_THINGS)[0]
            return codes[slot], sorted(hit)[0]
    return code, None


# An act announced for the future is itself the event CAMEO codes (gold/GUIDELINES.md:
# "future, promised or planned events are coded with the CAMEO intent code"): "said it would
# send missiles to Ukraine" is 0332 (intent), "will not lift the sanctions" 1244 (refusal),
# "would impose duties if Beijing did not cut subsidies" 1312 (threat).
COOPERATIVE = ("04", "05", "06", "07", "08")
STATED = ("03", "12")  # intents and refusals: announcing one is making it
FORCEFUL = ("15", "16", "17", "18", "19", "20")
CONDITIONS = frozenset({"if", "unless"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
POSSIBLE_AUX = frozenset({"could", "may", "might"})


def _reported(verb: Token) -> bool:
    """The clause is what someone said ("said it would send", "announced it will withdraw")."""
    t = verb.head if verb.dep_ == "conj" else verb
    return t.dep_ == "ccomp" and t.head.pos_ == "VERB"


def _conditioned(verb: Token) -> bool:
    """The clause has an "if/unless" clause of its own ("would attack if the US bombed")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
        for c in verb.children
    )


def announced(tok: Token, code: str, modality: str, negated: bool) -> tuple[str, bool, str | None]:
    """(code, negated, family) for an act announced with "will/would": a cooperative act is an
    intent (03), its negation a refusal (12), a forceful act a threat (13); family is None
    when ``code`` stays. A clause that is itself a condition ("if X attacks") stays."""
    # "could cut ties if ...", "may suspend aid unless ...": a possibility with a condition
    # of its own is announced as well
    possible = modality == "hypothetical" and _conditioned(tok)
    if (modality not in ("future", "conditional") and not possible) or tok.pos_ != "VERB":
        return code, negated, None
    # the verb's own "will/would" ("would like to thank" is no announcement of thanks)
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if possible and auxes & POSSIBLE_AUX:
        auxes.add("would")
    if not auxes & FUTURE_AUX or any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children):
        return code, negated, None
    reported, conditioned = _reported(tok), _conditioned(tok)
    if "will" not in auxes and "'ll" not in auxes and not (reported or conditioned):
        return code, negated, None  # "would" outside reported speech: counterfactual
    root = code[:2]
    if root in STATED and not negated and (reported or conditioned):
        # "said it would accept mediation" (038), "said it would not grant the request" (122):
        # an intent or a refusal announced is that intent or refusal, stated now
        return code, False, root
    if root in COOPERATIVE:
        family = "12" if negated else "03"
    elif not negated and (root in FORCEFUL or root == "14") and (conditioned or (reported and root != "14")):
        # "said it would strike", "will strike if attacked": a threat; a plain "will attack"
        # stays the attack, announced (future)
        if not conditioned and "would" not in auxes:
            return code, negated, None
        family = "13"
    else:
        return code, negated, None
    new = compose(family, code)
    if new is None:
        return code, negated, None
    return new, False, family
