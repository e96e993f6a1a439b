from tidings.events.parties import Parties, coordinated, np_tokens, speaker_of, subjects

from .helpers import make_doc


def _said():
    # "Al-Araji said the Iraqi government and the KRG will respond ."
    return make_doc(
        [
            ("Araji", "Araji", "PROPN", "nsubj", 1, "NNP"),
            ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 4, "DT"),
            ("Iraqi", "iraqi", "ADJ", "amod", 4, "JJ"),
            ("government", "government", "NOUN", "nsubj", 9, "NN"),
            ("and", "and", "CCONJ", "cc", 4, "CC"),
            ("the", "the", "DET", "det", 7, "DT"),
            ("KRG", "KRG", "PROPN", "conj", 4, "NNP"),
            ("will", "will", "AUX", "aux", 9, "MD"),
            ("respond", "respond", "VERB", "ccomp", 1, "VB"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "PERSON"), (3, 4, "NORP"), (7, 8, "ORG")],
    )


def test_noun_phrase_stops_at_conjunction():
    doc = _said()
    assert doc[slice(*np_tokens(doc[4]))].text == "the Iraqi government"
    assert [t.text for t in coordinated(doc[4])] == ["government", "KRG"]


def test_subjects_and_speaker_of_reported_clause():
    doc = _said()
    subs, passive = subjects(doc[9])
    assert [t.text for t in subs] == ["government", "KRG"] and not passive
    assert speaker_of(doc[9]).text == "Araji"


def test_parties_fall_back_to_words_that_name_actors():
    doc = _said()
    p = Parties(doc).party(doc[4])
    assert (p.text, p.code, p.start, p.end) == ("the Iraqi government", None, 11, 31)
    # "we" inside a quote is the speaker
    speaker = Parties(doc).party(doc[0])
    we = make_doc([("we", "we", "PRON", "nsubj", 1, "PRP"), ("agree", "agree", "VERB", "ROOT", 1, "VBP")])
    assert Parties(we).party(we[0], speaker) is speaker


def test_participle_on_an_actor_noun_has_it_as_subject():
    # "It hosts a coalition fighting the Houthis ."
    doc = make_doc(
        [
            ("It", "it", "PRON", "nsubj", 1, "PRP"),
            ("hosts", "host", "VERB", "ROOT", 1, "VBZ"),
            ("a", "a", "DET", "det", 3, "DT"),
            ("coalition", "coalition", "NOUN", "dobj", 1, "NN"),
            ("fighting", "fight", "VERB", "acl", 3, "VBG"),
            ("the", "the", "DET", "det", 6, "DT"),
            ("Houthis", "Houthis", "PROPN", "dobj", 4, "NNPS"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(6, 7, "NORP")],
    )
    subs, passive = subjects(doc[4])
    assert [t.text for t in subs] == ["coalition"] and not passive


def test_participle_on_a_thing_keeps_the_clause_subject():
    # "Pompeo posted a message blaming Iran ." : the message is no actor, Pompeo blames
    doc = make_doc(
        [
            ("Pompeo", "Pompeo", "PROPN", "nsubj", 1, "NNP"),
            ("posted", "post", "VERB", "ROOT", 1, "VBD"),
            ("a", "a", "DET", "det", 3, "DT"),
            ("message", "message", "NOUN", "dobj", 1, "NN"),
            ("blaming", "blame", "VERB", "acl", 3, "VBG"),
            ("Iran", "Iran", "PROPN", "dobj", 4, "NNP"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "PERSON"), (5, 6, "GPE")],
    )
    subs, _ = subjects(doc[4])
    assert [t.text for t in subs] == ["Pompeo"]
