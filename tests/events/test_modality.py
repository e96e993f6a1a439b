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


def test_cannot_is_a_statement_and_can_a_possibility():
    # "Iran cannot tolerate attacks" says what Iran will not do, as "can't" and "will not" do
    d = _doc("can", True)
    assert negated(d[3]) and modality(d[3]) == "asserted"
    assert modality(_doc("can", False)[3]) == "hypothetical"
    assert modality(_doc("could", True)[3]) == "hypothetical"


def _allowed(aux: str | None):
    """'The law (would have) allowed China to extradite people.' with "extradite" parsed as a
    clausal complement (ccomp) of "allowed"."""
    rows = [("The", "the", "DET", "det", 1, "DT"), ("law", "law", "NOUN", "nsubj", 5 if aux else 3, "NN")]
    if aux:
        rows += [("would", "would", "AUX", "aux", 4, "MD"), ("have", "have", "AUX", "aux", 4, "VB")]
    at = len(rows)  # index of "allowed"
    rows += [
        ("allowed", "allow", "VERB", "ROOT", at, "VBN" if aux else "VBD"),
        ("China", "China", "PROPN", "nsubj", at + 3, "NNP"),
        ("to", "to", "PART", "aux", at + 3, "TO"),
        ("extradite", "extradite", "VERB", "ccomp", at, "VB"),
        ("people", "people", "NOUN", "dobj", at + 3, "NNS"),
    ]
    rows[1] = rows[1][:4] + (at,) + rows[1][5:]
    return make_doc(rows, [(at + 1, at + 2, "GPE")])


def test_a_to_infinitive_complement_inherits_its_governors_modality():
    doc = _allowed("would")
    assert modality(doc[6]) == "conditional"  # the law would have allowed China to extradite
    doc = _allowed(None)
    assert modality(doc[4]) == "asserted"
