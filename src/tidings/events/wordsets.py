"""Word lists the events roles read the parse with (who is an actor, which verbs only carry
an event noun, which prepositions name a target); ``parties`` and ``roles`` re-export them."""

from __future__ import annotations

# Words whose clause complement is reported speech: its events keep their own roles.
SPEECH = set(
    """
    say state add tell stress emphasize emphasise underscore underline note point announce declare claim
    assert reiterate explain remark affirm indicate report confirm write describe insist believe think
    argue maintain suggest acknowledge allege tweet reply respond observe
    """.split()
)
# Head nouns that name an actor even without a name ("the government", "protesters").
ACTOR_NOUNS = set(
    """
    government ministry minister president leader army military police troop force soldier militant
    rebel insurgent protester demonstrator official authority administration parliament court judge
    prosecutor diplomat ambassador envoy spokesman spokeswoman spokesperson counterpart delegation
    regime cabinet premier chancellor king prince party opposition militia group organization
    organisation country state nation republic kingdom council commission agency union alliance
    coalition senator lawmaker legislator mp activist worker student terrorist gunman attacker fighter
    guard navy company bank embassy secretary chief head commander general mayor governor people citizen
    resident villager civilian refugee migrant journalist reporter newspaper media ngo committee
    department office firm security intelligence immigrant player team club federation
    """.split()
)
PERSON_ROLES = set(
    """
    minister president leader premier chancellor king spokesman spokeswoman spokesperson diplomat
    ambassador envoy official secretary chief commander prime governor mayor senator counterpart general
    """.split()
)
# Verbs that punish or accuse someone for an act named after "for", "of" or "with".
PUNISHING = frozenset(
    """
    arrest detain jail imprison sentence convict charge indict prosecute try fine punish
    accuse blame suspect execute ban suspend expel
    """.split()
)
# People named by what they are, who can be the object an act is blamed on or thanked for
# ("arrested a man for stabbing", "thanked the nurses for their work").
PEOPLE = frozenset(
    """
    man woman boy girl teenager youth suspect person individual couple parent mother father son
    daughter husband wife child officer priest cleric bishop cardinal doctor nurse teacher driver
    pilot crew member owner executive employee defendant accused
    """.split()
)
NAME_ENTS = set(
    """
    ORG EVENT WORK_OF_ART LAW FAC PRODUCT DATE TIME CARDINAL ORDINAL MONEY QUANTITY PERCENT
    """.split()
)
# "respond to any attempt to undermine X": the attempt is someone else's
OTHERS_ACTS = {"attempt", "effort", "threat", "plot", "bid", "campaign", "conspiracy"}
FIRST_PERSON = {"we", "i", "us", "me", "our", "my", "ourselves", "myself"}
ANAPHORS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "this", "that", "who"}
NOUN_POS = ("NOUN", "PROPN")
# Weapons and vehicles standing for the armed forces that use them ("Israeli tanks shelled").
WEAPONS = set(
    """
    tank warplane jet aircraft drone warship artillery helicopter gunboat bomber fighter-jet frigate
    destroyer submarine
    """.split()
)
FORCES = {"force", "troop", "army", "military", "soldier", "navy", "militia"}  # 'its forces': MIL
QUANTITIES = {"thousand", "hundred", "dozen", "million", "score", "number", "crowd", "handful", "tens"}

# Verbs that only carry an event noun ("held talks", "launched an attack").
DETER = frozenset({"deter", "counter", "intimidate", "warn", "threaten", "confront"})
CLAUSE_TARGET = frozenset({"02", "10", "11"})  # roots whose clause object's subject is the target
# roots whose act, offered or threatened on a condition, targets the condition's subject
CONDITIONED = frozenset({"03", "04", "05", "06", "07", "08", "12", "13", "15", "17", "18", "19", "20"})
# what a recognition (054) recognises: a nationality or owner on it names whom
RECOGNISED = frozenset({"state", "statehood", "independence", "sovereignty", "government"})
MEDIATION = frozenset({"045", "039", "028", "038"})
AUTHORITY = frozenset({"COP", "JUD", "GOV", "MIL", "SPY"})
LIGHT = set(
    """
    hold have conduct launch carry stage make give issue express voice impose begin start continue
    resume attend join lodge file level mount wage deliver offer extend pay take step escalate intensify
    announce order commit perpetrate undertake call increase boost strengthen expand deepen conclude
    sign unseal
    """.split()
)
TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "at",
    "toward",
    "towards",
    "into",
    "from",
    "over",
    "for",
    "upon",
)
# "In a meeting with X, A said": prepositions that set an event noun as the clause's circumstance.
CIRCUMSTANCE = set(
    """
    in during at after before following amid throughout on upon ahead
    """.split()
)
# Event nouns whose possessor is a person is the one it happened to ("Khashoggi's killing").
PATIENT_NOUNS = set(
    """
    killing murder assassination arrest detention release kidnapping abduction execution death
    deportation torture poisoning imprisonment extradition expulsion
    """.split()
)

# Nouns that name an act, whose author is the target of a reaction to it.
ACTS = set(
    """
    move decision plan action policy step measure statement remark comment proclamation announcement
    order law bill deal agreement proposal offer initiative withdrawal deployment demarcation conduct
    """.split()
)


# What a passive verb can act through whose author is its agent ("in a statement by X").
MEDIA = set(
    """
    statement declaration communique communiqué letter resolution decree decision ruling verdict
    speech message tweet post report note announcement address interview
    """.split()
)
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
# Verbs whose subject is the author of the act their object names ("orchestrated the attacks").
AUTHORING = frozenset(
    {"orchestrate", "organise", "organize", "lead", "mastermind", "spearhead", "attempt", "coordinate"}
)
# Verbs whose subject takes part in the act "in" names ("took part in", "was involved in").
PARTICIPATE = frozenset({"participate", "engage", "involve", "join", "take", "partake"})
