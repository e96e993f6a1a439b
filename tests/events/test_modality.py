from tidings.events.modality import modality, negated

from .helpers import make_doc


def _doc(aux: str | None, neg: bool):
    rows = [("Iran", "Iran", "PROPN", "nsubj", 3, "NNP")]
    if aux:
        rows.append((aux, aux, "AUX", "aux", 3, "MD"))
    else:
        rows.append(("did", "do", "AUX", "aux", 3, "VBD"))
    rows.append(
        (
            "not" if neg else "really",
            "not" if neg else "really",
            "PART" if neg else "ADV",
            "neg" if neg else "advmod",
            3,
            "RB",
        )
    )
    rows.append(("tolerate", "tolerate", "VERB", "ROOT", 3, "VB"))
    rows.append(("attacks", "attack", "NOUN", "dobj", 3, "NNS"))
    return make_doc(rows, [(0, 1, "GPE")])


def test_future_and_negation():
    doc = _doc("will", True)
    assert negated(doc[3]) and modality(doc[3]) == "future"


def test_hypothetical_conditional_obligation_asserted():
    assert modality(_doc("might", False)[3]) == "hypothetical"
    assert modality(_doc("would", False)[3]) == "conditional"
    assert modality(_doc("must", False)[3]) == "obligation"
    d = _doc(None, False)
    assert modality(d[3]) == "asserted" and not negated(d[3])
