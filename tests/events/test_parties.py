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
