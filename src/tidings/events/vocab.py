"""Code sets and word lists the extractor's rules share (kept apart from the rules)."""

from __future__ import annotations

from spacy.tokens import Token

# Event codes that react to someone else's act ("criticized the move", "welcomed the decision").
REACTIONS = {"05", "11"}
# Codes whose target is the target of the act claimed or denied ("claimed the attack").
CLAIMS = {"015", "016"}
# Codes whose coordinated subjects act on each other ("Turkey and Libya signed a deal").
SYMMETRIC = set(
    """
    030 031 0311 0312 0313 0314 036 037 050 054 057 085 087 0871
    """.split()
)
SYMMETRIC_ROOTS = ("04", "06")
UNRESOLVED = set(
    """
    i we us me our my you your they them their it its who he she him her his this that one someone
    everyone people
    """.split()
)


def depth(tok: Token) -> int:
    d, t = 0, tok
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


# Event nouns and the verb they name the act of: a noun trigger is also matched against its
# verb's worded patterns ("the expulsion of the election observers" as "expel observer": 1662;
# "the release of the prisoners" as "release prisoner": 0841). Written from the verbs of the
# CAMEO 1.1b3 codebook's definitions; same-form nouns (release, arrest, ban) map to themselves.
NOMINALS: dict[str, str] = {
    noun: verb
    for verb, nouns in (
        line.split(":")
        for line in """
        expel:expulsion withdraw:withdrawal suspend:suspension release:release accept:acceptance
        offer:offer propose:proposal refuse:refusal reject:rejection disarm:disarmament
        deploy:deployment impose:imposition lift:lifting ease:easing kill:killing shell:shelling
        bomb:bombing arrest:arrest detain:detention deport:deportation seize:seizure
        capture:capture resume:resumption restore:restoration recognize:recognition
        extradite:extradition condemn:condemnation accuse:accusation deny:denial
        demand:demand appeal:appeal request:request plead:plea call:call promise:promise
        pledge:pledge commit:commitment invite:invitation visit:visit receive:reception
        cancel:cancellation close:closure cut:cut freeze:freeze halt:halt ban:ban
        blockade:blockade occupy:occupation annex:annexation invade:invasion destroy:destruction
        demolish:demolition confiscate:confiscation reduce:reduction sever:severing recall:recall
        provide:provision deliver:delivery supply:supply donate:donation transfer:transfer
        investigate:investigation probe:probe prosecute:prosecution convict:conviction
        defend:defence,defense support:support praise:praise endorse:endorsement
        sign:signing mediate:mediation negotiate:negotiation postpone:postponement
        dissolve:dissolution declare:declaration exchange:exchange share:sharing use:use
        violate:violation abduct:abduction kidnap:kidnapping assassinate:assassination
        massacre:massacre torture:torture restrict:restriction repeal:repeal reverse:reversal
        scrap:scrapping relax:relaxation grant:granting remove:removal return:return
        mobilize:mobilization,mobilisation reinforce:reinforcement expand:expansion
        downgrade:downgrading boycott:boycott obstruct:obstruction raid:raid attack:attack
        strike:strike threaten:threat warn:warning criticize:criticism apologize:apology
        cooperate:cooperation investigate:inquiry open:opening hand:handover
        attend:attendance disband:disbandment evacuate:evacuation settle:settlement
        """.split()
    )
    for noun in nouns.split(",")
}

# Light verbs: "held talks", "staged a protest", "launched an offensive", "carried out strikes",
# "waged war", "paid a visit", "made concessions" code as their event noun, passive ones too
# ("rallies were held by crowds of Turks"). "call" only for strikes, boycotts and protests
# ("called a general strike"; "called for talks" is an appeal).
LIGHT_VERBS = (
    "hold",
    "stage",
    "launch",
    "conduct",
    "mount",
    "carry",
    "wage",
    "begin",
    "start",
    "pay",
    "make",
    "issue",
    "join",
    "organize",
    "organise",
    "unleash",
    "order",
    "perform",
    "undertake",
)
LIGHT_PROTEST = ("call",)
# verbs of more of the same act: "deepen cooperation", "boost trade", "resume talks",
# "intensify attacks" code as the act
LIGHT_MORE = ("boost", "deepen", "expand", "increase", "strengthen", "enhance", "resume", "intensify", "step")
