from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import frame

from .helpers import make_doc

LEX = load_lexicon()


def test_passive_agent_is_source_subject_is_target():
    # "Iraq was attacked by Iran ."
    doc = make_doc(
        [
            ("Iraq", "Iraq", "PROPN", "nsubjpass", 2, "NNP"),
            ("was", "be", "AUX", "auxpass", 2, "VBD"),
            ("attacked", "attack", "VERB", "ROOT", 2, "VBN"),
            ("by", "by", "ADP", "agent", 2, "IN"),
            ("Iran", "Iran", "PROPN", "pobj", 3, "NNP"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
        [(0, 1, "GPE"), (4, 5, "GPE")],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo, e.plover.event) == ("Iran", "Iraq", "190", "ASSAULT")
    assert e.action.text == "attacked" and doc.text[e.action.start : e.action.end] == "attacked"
    assert e.evidence["rule"] == "verb" and e.evidence["entry"] == "attack"
    assert e.goldstein == -10.0 and e.quad_class == 4


def test_coordinated_objects_give_one_event_per_pair_and_negation_is_kept():
    # "Iran did not criticize Iraq and Syria ."
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 3, "NNP"),
            ("did", "do", "AUX", "aux", 3, "VBD"),
            ("not", "not", "PART", "neg", 3, "RB"),
            ("criticize", "criticize", "VERB", "ROOT", 3, "VB"),
            ("Iraq", "Iraq", "PROPN", "dobj", 3, "NNP"),
            ("and", "and", "CCONJ", "cc", 4, "CC"),
            ("Syria", "Syria", "PROPN", "conj", 4, "NNP"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ],
        [(0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")],
    )
    events = find_events(doc, LEX)
    assert sorted(e.target.text for e in events) == ["Iraq", "Syria"]
    assert all(e.cameo == "111" and e.negated for e in events)
    assert len({e.id for e in events}) == 2


def test_negated_pattern_consumes_negation():
    # "Iran will not tolerate terrorists ." -> a threat, not negated
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 3, "NNP"),
            ("will", "will", "AUX", "aux", 3, "MD"),
            ("not", "not", "PART", "neg", 3, "RB"),
            ("tolerate", "tolerate", "VERB", "ROOT", 3, "VB"),
            ("terrorists", "terrorist", "NOUN", "dobj", 3, "NNS"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ],
        [(0, 1, "GPE")],
    )
    (e,) = find_events(doc, LEX)
    assert e.cameo == "130" and not e.negated and e.modality == "future"
    assert e.target is not None and e.target.text == "terrorists" and e.target.code is None


def test_frame_stops_at_clause_boundaries():
    # "Iran said Iraq met Syria": "met" is not in the frame of "said"
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1, "NNP"),
            ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("Iraq", "Iraq", "PROPN", "nsubj", 3, "NNP"),
            ("met", "meet", "VERB", "ccomp", 1, "VBD"),
            ("Syria", "Syria", "PROPN", "dobj", 3, "NNP"),
        ],
    )
    assert "meet" not in frame(doc[1]) and "syria" in frame(doc[3])


def _events(nlp, text):
    from tidings.ingest import article_from_text

    article = article_from_text(text, published=None, id="t")
    doc = nlp.make_doc(article.text)
    doc._.article = article
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.events


def test_control_verbs_recode_complements(nlp):
    events = _events(nlp, "The Iranian government refused to meet the American delegation.")
    assert [(e.cameo, e.target.text) for e in events] == [("125", "the American delegation")]
    threat = _events(nlp, "Israel threatened to attack Hamas militants in Gaza.")
    # CAMEO 1.1b3: a threatened conventional attack is 1384 (138 is force not specified)
    assert [(e.cameo, e.target.text) for e in threat] == [("1384", "Hamas militants")]
    agreed = _events(nlp, "Russia agreed to cooperate with China.")
    # no material field named: CAMEO's residual intent to cooperate (030), not 031-039
    assert [e.cameo for e in agreed] == ["030"] and agreed[0].target.text == "China"


def test_reported_speech_keeps_embedded_source_and_modality(nlp):
    events = _events(nlp, "Al-Araji said the Iraqi government will attack the rebels in Erbil.")
    (e,) = [e for e in events if e.cameo[:2] == "19"]
    assert e.source.text == "the Iraqi government" and e.modality == "future"


def test_nominal_events(nlp):
    events = _events(
        nlp, "In a meeting with Turkish President Erdogan on Monday, Putin praised the agreement."
    )
    meet = [e for e in events if e.cameo[:2] == "04"]
    assert meet and meet[0].source.text == "Putin" and "Erdogan" in meet[0].target.text
    summit = _events(nlp, "Reporters covered the summit between the leaders of France and Germany.")
    (s,) = [e for e in summit if e.cameo[:2] == "04"]
    assert (s.source.text, s.target.text) == ("France", "Germany")
    pair = _events(nlp, "Iran and Azerbaijan held talks in Baku on Monday.")
    assert [(e.cameo, e.source.text, e.target.text) for e in pair] == [("042", "Iran", "Azerbaijan")]


def test_no_events_without_actors(nlp):
    assert _events(nlp, "The weather attacked our plans and the match was cancelled.") == []


def test_demand_reported_by_speaker(nlp):
    events = _events(nlp, "Iraq must stop the attacks on Syria, according to the Syrian Foreign Minister.")
    (d,) = [e for e in events if e.evidence["rule"] == "demand"]
    assert d.cameo[:2] == "10" and d.target.text == "Iraq" and "Syrian Foreign Minister" in d.source.text
    assert not [e for e in events if e.cameo[:2] == "19" and e.modality == "asserted"]


def test_coordinated_of_heads_give_every_pair(nlp):
    events = _events(nlp, "The delegations of Cyprus, Greece and Israel met in Nicosia on Thursday.")
    pairs = {(e.source.text, e.target.text, e.cameo) for e in events}
    # a multilateral meeting hosted by one member: host -> each visitor 043, no visitor-visitor
    # 044 (gold/GUIDELINES.md, "Host versus visit"; groups.hosted)
    assert pairs == {("Cyprus", "Greece", "043"), ("Cyprus", "Israel", "043")}


def test_event_noun_subject_and_state_violence(nlp):
    # a drone strike is 1952 (CAMEO 1.1b3: remotely piloted munitions take precedence over 195)
    (e,) = _events(nlp, "A US drone strike killed three Taliban commanders.")
    assert e.cameo == "1952" and e.source.country == "USA" and e.evidence["subject_event"]["noun"] == "strike"
    (k,) = _events(nlp, "Russia killed two Ukrainian soldiers near Donetsk.")
    assert k.cameo == "190"  # a killing with no weapon named is 190 in the lexicon itself


def test_intended_and_hypothetical_modality(nlp):
    (e,) = [
        e
        for e in _events(nlp, "Iran was developing plans to attack American diplomats.")
        if e.cameo[:2] == "19"
    ]
    assert e.modality == "intended"
    (h,) = _events(nlp, "Turkey may invade Syria next month.")
    assert h.modality == "hypothetical" and h.cameo == "190"


def test_ids_are_deterministic(nlp):
    text = "Iran criticized Iraq on Monday."
    assert [e.id for e in _events(nlp, text)] == [e.id for e in _events(nlp, text)] == ["e25fd8f4dee29d187"]


def test_parties_of_one_phrase_give_events_of_their_own_ids(nlp):
    # three targets from one span ("respectively"): the ids were one, and storing the document
    # stopped the ingest with a duplicate key
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, "
        "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in "
        "Cairo on Wednesday to discuss Libya-Turkey relations."
    )
    events = _events(nlp, text)
    ids = [e.id for e in events]
    assert len(ids) >= 3 and len(set(ids)) == len(ids)
    assert ids == [e.id for e in _events(nlp, text)]  # and stay deterministic


def test_discards_drop_sentences_and_stories(nlp, tmp_path):
    from tidings.events.lexicon import load_lexicon

    f = tmp_path / "my.discards.txt"
    f.write_text("WORLD CUP\n+CHAMPIONS LEAGUE\n", encoding="utf-8")
    lex = load_lexicon((str(f),))
    doc = nlp("France attacked Germany in the World Cup final. Iran criticized Iraq.")
    assert [(e.source.text, e.cameo) for e in find_events(doc, lex)] == [("Iran", "111")]
    doc2 = nlp("Iran criticized Iraq. Real Madrid won the Champions League.")
    assert find_events(doc2, lex) == []


def test_force_in_a_country_targets_it(nlp):
    (e,) = _events(nlp, "Turkey launched airstrikes in Syria on Monday.")
    assert (e.source.country, e.target.country, e.cameo[:2]) == ("TUR", "SYR", "19")
    assert e.evidence["target"] == "country where force was used"


def test_possessor_of_a_patient_noun_is_the_target():
    # "Navalny 's arrest by police ."
    doc = make_doc(
        [
            ("Navalny", "Navalny", "PROPN", "poss", 2, "NNP"),
            ("'s", "'s", "PART", "case", 0, "POS"),
            ("arrest", "arrest", "NOUN", "ROOT", 2, "NN"),
            ("by", "by", "ADP", "prep", 2, "IN"),
            ("police", "police", "NOUN", "pobj", 3, "NN"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
        [(0, 1, "PERSON")],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo) == ("police", "Navalny", "173")
