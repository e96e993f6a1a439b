"""Judgements a speaker passes on an actor or an act (issue 15, point 1; CAMEO 111 and 051).

CAMEO codes criticism and denunciation (111), accusation (112) and praise (051) whatever words
carry them; much of it in the news is a reported judgement, not a verb of criticising:

- "Cooper said this is a deeply dangerous and irresponsible way to govern", '"President Trump's
  decision is a big mistake," said X': an evaluative noun or adjective as the predicate of a
  clause a speaker reports (or of a quote whose speaker is known) judges the clause's subject;
- "Corbyn called the move a disgrace", "called the ruling shameful": the object complement of
  a verb of naming judges the object;
- condemning a claim is denying it ("said British allegations ... were absurd", 016).

The judged subject is an actor ("President Trump ... is a liar"), else the author of the act it
names ("the government's decision", "Johnson's plan"), else, for "this", "that" or "it", the
author of the act told just before (the reaction to a named act targets its author, as
``precision.named_act_author`` does). A negated judgement ("was not a mistake") is no event;
"would be an outrage if ..." keeps its clause's modality. Each event's evidence names the
rule ("evaluation") and the evaluative word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tidings.events.clauses import act_author
from tidings.events.implied import implied, scene_country
from tidings.events.lexicon import Pattern
from tidings.events.matching import Found
from tidings.events.modality import modality as clause_modality
from tidings.events.modality import negated as is_negated
from tidings.events.parties import np_tokens, prep_objects, speaker_of, subjects
from tidings.model import Party

if TYPE_CHECKING:
    from tidings.events.extract import Extractor

# Words that condemn what they are said of (111).
CONDEMNING = frozenset(
    """
    mistake blunder disgrace outrage shame scandal travesty betrayal insult affront stunt farce
    sham hoax nonsense garbage negligence barbarity contempt ignorance provocation disaster
    catastrophe embarrassment dictator tyrant coward hypocrite thug puppet fascist racist
    unacceptable outrageous shameful disgraceful irresponsible reckless dangerous appalling
    deplorable despicable barbaric cowardly hypocritical absurd ridiculous shocking unjust unfair
    inhumane cruel racist incompetent baseless misleading provocative destructive regrettable
    horrific heinous abhorrent reprehensible treacherous unconstitutional wrong unwelcome
    inappropriate unnecessary undemocratic anti-democratic counterproductive illegitimate
    """.split()
)
# Words that accuse (112): an offence laid on whom they are said of.
ACCUSING = frozenset(
    "illegal unlawful criminal corrupt liar lie lies terrorist terrorists fraud murderer murderers killer".split()
)
# Words that praise (051).
PRAISING = frozenset(
    """
    hero heroes icon champion visionary inspiration courageous heroic admirable exemplary
    acceptable understandable justified commendable brilliant
    """.split()
)
# Verbs whose object complement names what the speaker takes the object to be.
NAMING = frozenset(
    {
        "call", "describe", "label", "brand", "term", "dub", "deem", "consider", "name", "designate",
        "regard", "characterize", "characterise", "portray", "view",
    }
)  # fmt: skip
# Nouns of claims: condemning one is denying it (016).
CLAIMS = frozenset(
    {"allegation", "claim", "accusation", "charge", "suggestion", "assertion", "report", "rumour", "rumor"}
)
COPULAS = frozenset({"be", "become", "remain", "seem", "appear"})
DEMONSTRATIVES = frozenset({"this", "that", "it"})


def code_of(word: Token) -> str | None:
    w = word.lemma_.lower()
    lower = word.lower_
    if w in ACCUSING or lower in ACCUSING:
        return "112"
    if w in CONDEMNING or lower in CONDEMNING:
        return "111"
    if w in PRAISING or lower in PRAISING:
        return "051"
    return None


def judged_word(pred: Token) -> Token | None:
    """The evaluative word of a predicate: the word itself, an adjective on it ("a deeply
    dangerous way"), or the first of coordinated ones ("dangerous and irresponsible")."""
    for t in (pred, *(c for c in pred.children if c.dep_ in ("amod", "conj")), *pred.conjuncts):
        if code_of(t) is not None:
            return t
    if pred.lemma_.lower() in KINDS:  # "an act of inexplicable barbarity", "a sign of weakness"
        for o in prep_objects(pred, ["of"]):
            if code_of(o) is not None:
                return o
    return None


# Nouns whose "of" phrase says what the thing is ("an act of barbarity", "a form of contempt").
KINDS = frozenset({"act", "example", "case", "form", "kind", "sign", "display", "instance", "demonstration"})
# Verbs that show a quality in their subject ("this shows carelessness on the part of the
# owner", "the court demonstrated a shocking ignorance").
SHOWING = frozenset({"show", "demonstrate", "display", "reveal", "betray", "exhibit"})


def evaluations(ex: Extractor, sent: Span, consumed: set[int], found: list[Found]) -> list[Found]:
    """The reported judgements of ``sent`` (see the module docstring) as Found events."""
    out: list[Found] = []
    coded = {f.trigger.i for f in found}
    for pred in sent:
        if pred.i in consumed or pred.i in coded:
            continue
        verb = pred.head
        if pred.dep_ in ("pobj", "amod", "acomp") and verb.lower_ == "as" and verb.dep_ == "prep":
            verb = verb.head  # "described the ruling as shameful", "as a disgrace"
            if verb.lemma_.lower() not in NAMING:
                continue
        elif pred.dep_ == "dobj" and verb.lemma_.lower() in SHOWING and pred.pos_ == "NOUN":
            pass  # "this shows carelessness on the part of the owner"
        elif pred.dep_ not in ("attr", "acomp", "oprd"):
            continue
        word = judged_word(pred)
        if word is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        quoted = False
        if lemma in NAMING:
            judged = [c for c in verb.children if c.dep_ == "dobj"]
            speakers = subjects(verb)[0]
        elif lemma in COPULAS or lemma in SHOWING and pred.dep_ == "dobj":
            judged = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
            sp = speaker_of(verb)
            quoted = sp is None and (sp := _quote_speaker(ex, verb)) is not None
            speakers = [sp] if sp is not None else []
        else:
            continue
        if quoted and judged and not _explicit_party(ex, judged[0], pred):
            continue  # a judgement deep in a quote names whom it is about, or is not coded
        if not judged or not speakers or is_negated(verb) or is_negated(pred):
            continue
        speaker = ex.parties.party(speakers[0])
        if speaker is None or not (speaker.code or speaker.country):
            continue
        # "named both the PKK and the YPG as terrorists": each of them
        for one in (judged[0], *(judged[0].conjuncts if lemma in NAMING else ())):
            target = _judged_party(ex, one, pred)
            if target is None or not (target.code or target.country) or _same(target, speaker):
                continue
            code = code_of(word) or "111"
            if code == "111" and one.lemma_.lower() in CLAIMS:
                code = "016"  # "said British allegations ... were absurd": a denial of the claim
            matched = [verb] if word.i != pred.i else [verb, pred]
            note = f"'{word.text}' said of '{one.text}'"
            out.append(
                _found(
                    word, code, "<evaluative predicate>", "evaluation", matched, speaker, target, verb, note
                )
            )
            consumed.add(word.i)
    return out


def _found(
    trigger: Token,
    code: str,
    entry: str,
    rule: str,
    matched: list[Token],
    source: Party,
    target: Party,
    verb: Token,
    note: str,
) -> Found:
    """One event of these rules, its rule and words in its evidence."""
    pattern = Pattern(code=code, trigger=trigger.lemma_.lower(), entry=entry, origin=f"rule:{rule}")
    return Found(
        trigger=trigger,
        pattern=pattern,
        code=code,
        matched=matched,
        sources=[source],
        targets=[target],
        rule=rule,
        modality=_modality(verb),
        notes={rule: note},
    )


def _modality(verb: Token) -> str:
    """The judgement's clause's modality, else its speech verb's ("might have said that's
    absurd" is no judgement passed)."""
    own = clause_modality(verb)
    if own != "asserted" or verb.dep_ not in ("ccomp", "parataxis") or verb.head.i == verb.i:
        return own
    return clause_modality(verb.head)


def _same(a: Party, b: Party) -> bool:
    return bool(a.actor and a.actor == b.actor) or (
        a.code is not None and a.code == b.code and a.text == b.text
    )


def _explicit_party(ex: Extractor, subj: Token, pred: Token) -> bool:
    """The judgement names its party: "on the part of X", or an actor as the subject."""
    if any(o.lower_ == "part" for o in prep_objects(pred, ["on"])):
        return True
    p = ex.parties.party(subj) if subj.lower_ not in DEMONSTRATIVES else None
    return p is not None and bool(p.code or p.country)


def _judged_party(ex: Extractor, subj: Token, pred: Token) -> Party | None:
    """Who a judgement is about: "on the part of X" on the predicate, the subject as an actor,
    the author of the act it names, or for "this/that/it" the author of the act told last."""
    for o in prep_objects(pred, ["on"]):
        if o.lower_ == "part":  # "gross negligence on the part of the officers"
            for x in prep_objects(o, ["of"]):
                p = ex.parties.party(x)
                if p is not None and (p.code or p.country):
                    return p
    if subj.lower_ in DEMONSTRATIVES:
        # "this is a disgrace" judges the act told before; "it was dangerous", "that's absurd"
        # more often judge a situation: adjectives say nothing of an author
        return _last_author(ex) if pred.pos_ in ("NOUN", "PROPN") else None
    p = ex.parties.party(subj)
    if p is not None and (p.code or p.country):
        return p
    if ex.lex.candidates(subj.lemma_.lower(), True) or subj.lemma_.lower() in ACT_WORDS:
        return act_author(ex.parties, subj)
    return None


# Nouns that name an act without being an event in the lexicon ("the move", "the plan").
ACT_WORDS = frozenset(
    {"move", "plan", "decision", "policy", "step", "action", "approach", "idea", "proposal"}
)


def _last_author(ex: Extractor) -> Party | None:
    """The source of the last act told so far (in the sentences before, ``Memory.acts``)."""
    acts = ex.memory.acts
    if not acts:
        return None
    _, _, sources, _ = acts[-1]
    return next((s for s in sources if s is not None and (s.code or s.country)), None)


# Verbs that lay what their clause tells on someone, as a claim ("Tamim claimed Houthis have
# attacked journalists"): the claim is an accusation (112) and the clause's act is alleged.
ALLEGING = frozenset({"claim", "allege", "contend", "assert", "believe", "suspect"})
# acts of coercion and force: "claimed X criticised Y" tells of speech, no wrongdoing laid on X
CONFLICT_ROOTS = frozenset({"13", "17", "18", "19", "20"})


def allegations(ex: Extractor, found: list[Found]) -> list[Found]:
    """For each act of conflict told in the clause of a verb of alleging: the act is marked
    ``alleged``, and unless the verb is coded already, the claim is an accusation by the
    verb's subject of the act's source ("Tamim claimed Houthis have attacked journalists":
    112 Tamim -> the Houthis; the attack alleged)."""
    out: list[Found] = []
    coded = {f.trigger.i for f in found}
    for f in found:
        if f.code[:2] not in CONFLICT_ROOTS or f.modality != "asserted" or f.negated:
            continue
        clause = f.trigger
        while clause.dep_ in ("conj", "xcomp", "aux") and clause.head.i != clause.i:
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ALLEGING:
            continue
        f.modality = "alleged"
        f.notes["modality"] = f"what '{verb.text}' lays on its subject"
        if verb.i in coded:
            continue
        subs = subjects(verb)[0]
        claimant = ex.parties.party(subs[0]) if subs else None
        accused = next((s for s in f.sources if s is not None and (s.code or s.country)), None)
        if (
            claimant is None
            or not (claimant.code or claimant.country)
            or accused is None
            or _same(claimant, accused)
        ):
            continue
        note = f"claims '{f.trigger.text}' of '{accused.text}'"
        out.append(
            _found(verb, "112", "<claim of an act>", "allegation", [verb], claimant, accused, verb, note)
        )
        coded.add(verb.i)
    return out


# Nouns of sympathy that are "with" someone ("our thoughts are with the victims").
SYMPATHY_NOUNS = frozenset({"thought", "prayer", "heart", "sympathy", "condolence"})
# People named by what befell them ("the injured", "the bereaved").
AFFECTED = frozenset(
    {"injured", "wounded", "dead", "bereaved", "affected", "victims", "survivors", "families"}
)


def sympathies(ex: Extractor, sent: Span, consumed: set[int], found: list[Found]) -> list[Found]:
    """'My thoughts are with the injured', 'Our hearts go out to the families', 'We are with
    Mayor Adamowicz in our thoughts and prayers': an empathetic comment (018) by the owner of
    the thoughts (the speaker, for "my"/"our") to whom they are with."""
    out: list[Found] = []
    coded = {f.trigger.i for f in found}
    for verb in sent:
        if verb.lemma_.lower() not in ("be", "go") or verb.i in consumed or verb.i in coded:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        # the thoughts themselves as subject, or "we are with X in our thoughts"
        owner: Token | None
        noun = subj if subj.lemma_.lower() in SYMPATHY_NOUNS else None
        if noun is None:
            noun = next(
                (
                    o
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in SYMPATHY_NOUNS
                ),
                None,
            )
            owner = subj
        else:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        preps = ("with",) if verb.lemma_.lower() == "be" else ("to",)
        whom = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if noun is None or owner is None or not whom:
            continue
        source = ex.parties.party(owner)
        target = ex.parties.party(whom[0], source)
        if (target is None or not (target.code or target.country)) and whom[0].lower_ in AFFECTED:
            # "with the injured": the people of the place it happened
            country = scene_country(whom[0])
            target = implied(whom[0], *np_tokens(whom[0]), country, "CVL") if country else target
        if source is None or target is None or not (source.code or source.country):
            continue
        note = f"'{noun.text}' {verb.text} {preps[0]} '{whom[0].text}'"
        out.append(
            _found(noun, "018", "<thoughts are with X>", "sympathy", [verb], source, target, verb, note)
        )
        consumed.add(noun.i)
    return out


# Nouns of a standing stance toward someone: "X is a critic of Y" (111), "an opponent of" (110),
# "a supporter of" (051).
STANCES = {
    "critic": "111", "opponent": "110", "supporter": "051", "proponent": "051", "backer": "051",
    "defender": "051",
}  # fmt: skip


def stances(ex: Extractor, sent: Span, consumed: set[int], found: list[Found]) -> list[Found]:
    """'Chirac was an outspoken opponent of the US-led Iraq War' (110 FRA->USA), 'Bolton was a
    fierce critic of Russia' (111): the subject of a past-tense copula whose predicate is a
    stance noun took that stance toward its "of" object (an actor, or the author of the act it
    names). In the present tense ("is a critic of the Kremlin") it says who the subject is."""
    out: list[Found] = []
    coded = {f.trigger.i for f in found}
    for noun in sent:
        code = STANCES.get(noun.lemma_.lower())
        verb = noun.head
        if code is None or noun.dep_ != "attr" or verb.lemma_.lower() not in COPULAS:
            continue
        if verb.tag_ != "VBD":
            continue  # "Navalny is an outspoken critic of Putin": who he is, not an event told
        if noun.i in consumed or noun.i in coded or is_negated(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        whom = prep_objects(noun, ["of"])
        if subj is None or not whom:
            continue
        source = ex.parties.party(subj)
        target = _judged_party(ex, whom[0], noun)
        if source is None or target is None or not (source.code or source.country):
            continue
        if not (target.code or target.country) or _same(source, target):
            continue
        note = f"'{subj.text}' {verb.text} a {noun.text} of '{whom[0].text}'"
        out.append(_found(noun, code, "<a stance noun of X>", "stance", [verb], source, target, verb, note))
        consumed.add(noun.i)
    return out


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _quote_speaker(ex: Extractor, tok: Token) -> Token | None:
    """The speaker of a quotation ``tok`` sits inside, opened in an earlier sentence of its
    paragraph ('X said "Buildings ... . It's gross negligence on the part of the officers."'):
    the subject of the latest speech verb, when it is near."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    if sum(text.count(q, start, tok.idx) for q in QUOTE_MARKS) % 2 == 0:
        return None
    last = ex.parties.last_speaker
    if last is None or not 0 < tok.i - last.i < 120 or last.idx < start:
        return None
    return last
