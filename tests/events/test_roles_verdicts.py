"""A verdict's target (116): the author of the act its judged clause is about (issue 15)."""

from tidings.events.discourse import Memory, judged
from tidings.events.lexicon import load_lexicon
from tidings.model import Party

from .helpers import make_doc

LEX = load_lexicon()

GOV = Party(text="the government", code="GBRGOV", country="GBR", sectors=["GOV"])
COURT = Party(text="The court", code="GBRJUD", country="GBR", sectors=["JUD"])


def _ruled(noun: str, lemma: str, pred: str = "unlawful", pred_dep: str = "acomp"):
    # "The court ruled the <noun> was unlawful ."
    return make_doc(
        [
            ("The", "the", "DET", "det", 1, "DT"),
            ("court", "court", "NOUN", "nsubj", 2, "NN"),
            ("ruled", "rule", "VERB", "ROOT", 2, "VBD"),
            ("the", "the", "DET", "det", 4, "DT"),
            (noun, lemma, "NOUN", "nsubj", 5, "NN"),
            ("was", "be", "AUX", "ccomp", 2, "VBD"),
            (pred, pred, "ADJ", pred_dep, 5, "JJ"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ]
    )


def _memory(root: str) -> Memory:
    memory = Memory(LEX)
    memory.sent_starts = [0, 12]
    memory.acts = [(0, root, [GOV], [])]  # "The government suspended parliament." just before
    return memory


def test_a_ruling_on_an_act_targets_its_author_of_the_same_country():
    doc = _ruled("prorogation", "prorogation")
    assert (judged(doc[2]) or doc[0]).i == 4
    assert _memory("17").reaction_target(doc[2], [COURT], "116") == [GOV]
    # a reaction that is no verdict still looks for a foreign author only
    assert _memory("17").reaction_target(doc[2], [COURT], "111") == []


def test_the_act_must_be_one_the_earlier_event_can_be():
    doc = _ruled("prorogation", "prorogation")
    assert _memory("19").reaction_target(doc[2], [COURT], "116") == []  # no earlier 172


def test_a_clause_with_no_judging_predicate_names_no_act():
    # "The court ruled the prorogation was expired ." parsed with a verb, no adjective: none
    doc = _ruled("prorogation", "prorogation", "ended", "dobj")
    assert judged(doc[2]) is None
    assert _memory("17").reaction_target(doc[2], [COURT], "116") == []


def test_the_court_itself_is_never_the_target():
    doc = _ruled("prorogation", "prorogation")
    memory = Memory(LEX)
    memory.sent_starts = [0, 12]
    memory.acts = [(0, "17", [COURT], [])]
    assert memory.reaction_target(doc[2], [COURT], "116") == []
