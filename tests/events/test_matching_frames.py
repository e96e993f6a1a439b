"""Which words a lexicon pattern sees (issue 15 point 1): the object of "allow/let X to do",
a noun the parser made the complement, and a target preposition that is also a particle word
("arrive in+"). Hand-built parses, no model."""

from tests.docbuild import parsed, token_index
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import frame, match_pattern


def _code(text, rows, word, noun=False):
    doc = parsed(text, rows)
    tok = doc[token_index(doc, word)]
    lex = load_lexicon()
    hit = match_pattern(tok, lex.candidates(tok.lemma_, noun, tok.lower_), False)
    return None if hit is None else (hit[0].code, [t.text for t in hit[1]])


def test_the_subject_of_an_infinitive_is_the_object_of_allow():
    rows = [
        "Damascus Damascus PROPN NNP nsubj 1",
        "allowed allow VERB VBD ROOT 1",
        "UN UN PROPN NNP compound 3",
        "convoys convoy NOUN NNS nsubj 5",
        "to to PART TO aux 5",
        "reach reach VERB VB ccomp 1",
        "Idlib Idlib PROPN NNP dobj 5",
        ". . PUNCT . punct 1",
    ]
    assert _code("Damascus allowed UN convoys to reach Idlib.", rows, "allowed") == ("0863", ["convoys"])


def test_a_finite_complement_keeps_its_subject_out():
    # "allowed that convoys reached Idlib" is no infinitive: its subject is not the verb's object
    rows = [
        "Damascus Damascus PROPN NNP nsubj 1",
        "said say VERB VBD ROOT 1",
        "convoys convoy NOUN NNS nsubj 3",
        "reached reach VERB VBD ccomp 1",
        "Idlib Idlib PROPN NNP dobj 3",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Damascus said convoys reached Idlib.", rows)
    assert "convoys" not in frame(doc[1])


def test_a_noun_parsed_as_the_complement_is_the_object():
    rows = [
        "Ethiopia Ethiopia PROPN NNP nsubj 1",
        "let let VERB VBD ROOT 1",
        "UN UN PROPN NNP nsubj 3",
        "monitors monitor NOUN NNS ccomp 1",
        "in in ADP IN advmod 3",
        ". . PUNCT . punct 1",
    ]
    assert _code("Ethiopia let UN monitors in.", rows, "let") == ("086", ["monitors"])


def test_a_target_preposition_is_not_taken_for_a_particle():
    rows = [
        "Modi Modi PROPN NNP nsubj 1",
        "arrived arrive VERB VBD ROOT 1",
        "in in ADP IN prep 1",
        "Washington Washington PROPN NNP pobj 2",
        ". . PUNCT . punct 1",
    ]
    assert _code("Modi arrived in Washington.", rows, "arrived") == ("042", ["in"])


def test_a_fronted_phrase_is_no_target_preposition():
    rows = [
        "In in ADP IN prep 3",
        "ruling ruling NOUN NN pobj 0",
        "court court NOUN NN nsubj 3",
        "demonstrated demonstrate VERB VBD ROOT 3",
        "ignorance ignorance NOUN NN dobj 3",
        ". . PUNCT . punct 3",
    ]
    doc = parsed("In ruling court demonstrated ignorance.", rows)
    tok = doc[3]
    hit = match_pattern(tok, load_lexicon().candidates("demonstrate", False, "demonstrated"), False)
    assert hit is None or hit[0].entry != "demonstrate in+"


def test_a_participle_parsed_as_a_clause_leaves_its_object_to_the_verb():
    rows = [
        "Britain Britain PROPN NNP nsubj 1",
        "returned return VERB VBD ROOT 1",
        "looted loot VERB VBN advcl 1",
        "artefacts artefact NOUN NNS dobj 2",
        ". . PUNCT . punct 1",
    ]
    assert _code("Britain returned looted artefacts.", rows, "returned") == ("0842", ["artefacts"])
    # a clause of its own keeps its object
    own = [
        "Britain Britain PROPN NNP nsubj 1",
        "returned return VERB VBD ROOT 1",
        "after after SCONJ IN mark 4",
        "troops troop NOUN NNS nsubj 4",
        "looted loot VERB VBD advcl 1",
        "artefacts artefact NOUN NNS dobj 4",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Britain returned after troops looted artefacts.", own)
    assert "artefacts" not in frame(doc[1])


def _words_code(trigger, words):
    """The code of the lexicon pattern of ``trigger`` whose required words are exactly ``words``."""
    for p in load_lexicon().candidates(trigger, False, trigger):
        if len(p.required) == len(words) and all(
            w in slot for w, slot in zip(words, p.required, strict=True)
        ):
            return p.code
    return None


def test_light_verbs_and_phrasal_rows_of_roots_01_to_09():
    assert _words_code("make", ["concession"]) == "080"  # "made concessions": yield
    assert _words_code("drop", ["ban"]) == "081"  # "dropped its ban": ease administrative sanctions
    assert _words_code("exchange", ["data"]) == "064"  # "exchange radar data": share information
    assert _words_code("dismiss", ["as", "groundless"]) == "016"  # "dismissed as groundless": deny
    assert _words_code("urge", ["make", "way"]) == "0241"  # "urged to make way": appeal to step down
    assert _words_code("promise", ["settlement"]) == "037"  # "a settlement was promised": intent to settle
    assert _words_code("work", ["with"]) == "060"  # "worked with Mexican prosecutors": cooperate


def test_an_event_nouns_own_participle_is_in_its_clause():
    # "a bomb planted by militants": the participle belongs to the noun's phrase (1834)
    rows = [
        "The the DET DT det 1",
        "bomb bomb NOUN NN nsubj 6",
        "planted plant VERB VBN acl 1",
        "by by ADP IN agent 2",
        "Hamas Hamas PROPN NNP compound 5",
        "operatives operative NOUN NNS pobj 3",
        "killed kill VERB VBD ROOT 6",
        "students student NOUN NNS dobj 6",
        ". . PUNCT . punct 6",
    ]
    doc = parsed("The bomb planted by Hamas operatives killed students.", rows)
    assert frame(doc[1])["planted"].i == 2
    # ... but an argument's participle is no word of the verb's clause
    assert "planted" not in frame(doc[6])


def test_a_bare_side_clause_word_and_a_coordinated_noun_are_in_the_clause():
    rows = [
        "Fighters fighter NOUN NNS nsubj 1",
        "took take VERB VBD ROOT 1",
        "people people NOUN NNS dobj 1",
        "hostage hostage VERB VBP advcl 1",
        "and and CCONJ CC cc 1",
        "brought bring VERB VBD conj 1",
        "them they PRON PRP dobj 5",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Fighters took people hostage and brought them.", rows)
    words = frame(doc[1])
    assert words["hostage"].i == 3
    assert "brought" not in words  # a coordinated verb is another clause
    rows = [
        "Police police NOUN NNS nsubj 1",
        "used use VERB VBD ROOT 1",
        "tear tear NOUN NN compound 3",
        "gas gas NOUN NN dobj 1",
        "and and CCONJ CC cc 3",
        "water water NOUN NN compound 6",
        "cannon cannon NOUN NN conj 3",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Police used tear gas and water cannon.", rows)
    assert frame(doc[1])["cannon"].i == 6


def test_a_verb_without_an_object_shares_the_next_verbs_object():
    rows = [
        "Police police NOUN NNS nsubj 1",
        "beat beat VERB VBD ROOT 1",
        "and and CCONJ CC cc 1",
        "detained detain VERB VBD conj 1",
        "demonstrators demonstrator NOUN NNS dobj 3",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Police beat and detained demonstrators.", rows)
    assert frame(doc[1])["demonstrators"].i == 4
    rows = [
        "Police police NOUN NNS nsubj 1",
        "beat beat VERB VBD ROOT 1",
        "crowds crowd NOUN NNS dobj 1",
        "and and CCONJ CC cc 1",
        "detained detain VERB VBD conj 1",
        "them they PRON PRP dobj 4",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Police beat crowds and detained them.", rows)
    assert "them" not in frame(doc[1])  # it has an object of its own


def test_a_hyphenated_compound_is_found_at_its_last_part():
    # the tokenizer splits "test-fired" into "test - fired"; "test-fire" (150) is found at
    # "fired" with "test -" right before it, and only there
    rows = [
        "Iran Iran PROPN NNP nsubj 3",
        "test test NOUN NN npadvmod 3",
        "- - PUNCT HYPH punct 3",
        "fired fire VERB VBD ROOT 3",
        "missiles missile NOUN NNS dobj 3",
        ". . PUNCT . punct 3",
    ]
    doc = parsed("Iran test-fired missiles.", rows)
    lex = load_lexicon()
    entries = {p.entry for p in lex.candidates("fire", False) if p.prefix == "test"}
    assert entries == {"test-fire"}
    hit = match_pattern(doc[3], [p for p in lex.candidates("fire", False) if p.prefix], False)
    assert hit is not None and hit[0].code == "150"
    rows = [
        "Iran Iran PROPN NNP nsubj 1",
        "fired fire VERB VBD ROOT 1",
        "missiles missile NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Iran fired missiles.", rows)
    assert match_pattern(doc[1], [p for p in lex.candidates("fire", False) if p.prefix], False) is None
    # a tokenizer that keeps the compound whole finds it under its whole lemma
    assert [p.code for p in lex.candidates("test-fire", False)] == ["150"]


def test_a_hyphenated_required_word_is_one_word_of_the_clause():
    rows = [
        "Troops troop NOUN NNS nsubj 1",
        "held hold VERB VBD ROOT 1",
        "live live ADJ JJ amod 4",
        "- - PUNCT HYPH punct 4",
        "fire fire NOUN NN compound 5",
        "drills drill NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Troops held live-fire drills.", rows)
    assert frame(doc[1])["live-fire"].i == 4


def test_the_infinitive_of_the_verbs_object_is_what_is_promised():
    rows = [
        "A a DET DT det 1",
        "plan plan NOUN NN nsubjpass 6",
        "to to PART TO aux 3",
        "increase increase VERB VB acl 1",
        "trade trade NOUN NN dobj 3",
        "was be AUX VBD auxpass 6",
        "promised promise VERB VBN ROOT 6",
        ". . PUNCT . punct 6",
    ]
    doc = parsed("A plan to increase trade was promised.", rows)
    assert frame(doc[6])["trade"].i == 4
    rows[2] = "by by ADP IN mark 3"
    rows[3] = "increasing increase VERB VBG acl 1"
    doc = parsed("A plan by increasing trade was promised.", rows)
    assert "trade" not in frame(doc[6])  # no infinitive: a modifier of the noun
