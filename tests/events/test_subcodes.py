"""Subcodes by what an act is about (issue 15 point 1): threats, aid cuts, protests and the
family codes take the CAMEO 1.1b3 subcode their words name (hand-built parses, no model)."""

from tests.docbuild import parsed, token_index
from tidings.events.families import refine
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import match_pattern


def _refine(text, rows, word, code):
    doc = parsed(text, rows)
    return refine(doc[token_index(doc, word)], code)


THREAT = [
    "Iran Iran PROPN NNP nsubj 1",
    "threatened threaten VERB VBD ROOT 1",
    "to to PART TO aux 3",
    "{verb} {verb} VERB VB xcomp 1",
    "{obj} {obj} NOUN NNS dobj 3",
    ". . PUNCT . punct 1",
]


def _threat(verb, obj, code="130"):
    rows = [r.format(verb=verb, obj=obj) for r in THREAT]
    return _refine(f"Iran threatened to {verb} {obj}.", rows, "threatened", code)


def test_a_general_threat_takes_the_subcode_of_what_it_threatens():
    assert _threat("suspend", "inspections") == ("136", "inspections")
    assert _threat("impose", "sanctions") == ("1312", "sanctions")
    assert _threat("jail", "dissidents") == ("137", "jail")
    assert _threat("halt", "talks") == ("134", "talks")
    assert _threat("impose", "curfews") == ("130", None)  # "curfews" is no word of the table


def test_a_threat_composed_to_a_branch_narrows_only_inside_it():
    assert _threat("impose", "curfew", "132") == ("1323", "curfew")
    assert _threat("halt", "talks", "132") == ("132", None)  # 134 is another branch


def test_an_aid_cut_takes_its_subcode_from_the_passive_subject():
    rows = [
        "Military military ADJ JJ amod 1",
        "aid aid NOUN NN nsubjpass 3",
        "was be AUX VBD auxpass 3",
        "withheld withhold VERB VBN ROOT 3",
        ". . PUNCT . punct 3",
    ]
    assert _refine("Military aid was withheld.", rows, "withheld", "162") == ("1622", "military")


def test_a_phrasal_verb_is_one_topic_word():
    rows = [
        "Russia Russia PROPN NNP nsubj 2",
        "must must AUX MD aux 2",
        "hand hand VERB VB ROOT 2",
        "over over ADP RP prt 2",
        "the the DET DT det 5",
        "hackers hacker NOUN NNS dobj 2",
        ". . PUNCT . punct 2",
    ]
    # a demand over "hand over" (100) is a demand for judicial cooperation
    assert _refine("Russia must hand over the hackers.", rows, "hand", "100") == ("1013", "hand-over")
    rows = [
        "Moscow Moscow PROPN NNP nsubj 1",
        "rejected reject VERB VBD ROOT 1",
        "the the DET DT det 3",
        "conditions condition NOUN NNS dobj 1",
        "out out ADP IN prep 1",
        "of of ADP IN prep 4",
        "hand hand NOUN NN pobj 5",
        ". . PUNCT . punct 1",
    ]
    # "out of hand" hands nothing over
    assert _refine("Moscow rejected the conditions out of hand.", rows, "rejected", "120") == ("120", None)


def test_a_general_protest_that_demands_a_resignation_is_1411():
    rows = [
        "A a DET DT det 1",
        "protest protest NOUN NN ROOT 1",
        "calling call VERB VBG acl 1",
        "for for ADP IN prep 2",
        "the the DET DT det 5",
        "president president NOUN NN poss 7",
        "'s 's PART POS case 5",
        "resignation resignation NOUN NN pobj 3",
        ". . PUNCT . punct 1",
    ]
    text = "A protest calling for the president 's resignation."
    assert _refine(text, rows, "protest", "140") == ("1411", "resignation")


def _called(text, rows):
    doc = parsed(text, rows)
    tok = doc[token_index(doc, "called")]
    hit = match_pattern(tok, load_lexicon().candidates("call", False), False)
    return hit[0].code if hit else None


def test_calling_off_a_march_eases_dissent_calling_a_strike_is_one():
    rows = [
        "Unions union NOUN NNS nsubj 1",
        "called call VERB VBD ROOT 1",
        "off off ADP RP prt 1",
        "the the DET DT det 4",
        "march march NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _called("Unions called off the march.", rows) == "082"
    rows = [
        "Unions union NOUN NNS nsubj 1",
        "called call VERB VBD ROOT 1",
        "a a DET DT det 4",
        "general general ADJ JJ amod 4",
        "strike strike NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _called("Unions called a general strike.", rows)[:3] == "143"


def test_receiving_inspectors_is_0862_and_monitors_086():
    lex = load_lexicon()
    admit = [(p.entry, p.code) for p in lex.candidates("admit", False)]
    assert ("admit inspector|inspectors", "0862") in admit
    assert (
        "admit observer|observers|monitor|monitors|journalist|journalists|investigator|investigators",
        "086",
    ) in admit


def test_aid_takes_its_subcode_from_what_is_given():
    rows = [
        "Russia Russia PROPN NNP nsubj 1",
        "supplied supply VERB VBD ROOT 1",
        "Mali Mali PROPN NNP dobj 1",
        "with with ADP IN prep 1",
        "helicopters helicopter NOUN NNS pobj 3",
        ". . PUNCT . punct 1",
    ]
    doc = parsed("Russia supplied Mali with helicopters.", rows)
    tok = doc[1]
    hit = match_pattern(tok, load_lexicon().candidates("supply", False), False)
    assert hit is not None and hit[0].code == "072"  # the worded military-aid entry wins the tie
    assert refine(tok, "070") == ("072", "helicopter")


def test_refusing_aid_composes_to_its_rejection_subcode():
    from tidings.events.codes import compose

    assert compose("12", "072") == "1222"  # "refused to supply Kyiv with air defence batteries"
    assert compose("12", "073") == "1223"
    assert compose("12", "071") == "1221"
    assert compose("12", "074") == "1224"
    assert compose("12", "070") == "122"


def test_british_spellings_find_the_lexicons_ize_entries():
    from tidings.events.lexicon import spelled

    assert spelled("mobilise") == "mobilize" and spelled("normalisation") == "normalization"
    assert spelled("rise") == "rise" and spelled("wise") == "wise"
    lex = load_lexicon()
    assert lex.candidates("mobilise", False) == lex.candidates("mobilize", False) != []
    assert lex.candidates("praise", False)  # its own entry, not "praize"


def _could(text, rows, code):
    from tidings.events.families import announced

    doc = parsed(text, rows)
    return announced(doc[2], code, "hypothetical", False)


def test_a_possibility_with_a_condition_is_a_threat():
    rows = [
        "Iran Iran PROPN NNP nsubj 2",
        "could could AUX MD aux 2",
        "cut cut VERB VB ROOT 2",
        "ties tie NOUN NNS dobj 2",
        "if if SCONJ IN mark 6",
        "Baku Baku PROPN NNP nsubj 6",
        "allows allow VERB VBZ advcl 2",
        "bases basis NOUN NNS dobj 6",
        ". . PUNCT . punct 2",
    ]
    assert _could("Iran could cut ties if Baku allows bases.", rows, "161") == ("1313", False, "13")
    rows = [
        "Iran Iran PROPN NNP nsubj 2",
        "could could AUX MD aux 2",
        "cut cut VERB VB ROOT 2",
        "ties tie NOUN NNS dobj 2",
        ". . PUNCT . punct 2",
    ]
    # without a condition it stays a possibility
    assert _could("Iran could cut ties.", rows, "161") == ("161", False, None)


def test_a_relative_clause_sees_its_antecedent_and_plurals_find_their_noun():
    from tidings.events.matching import frame

    rows = [
        "the the DET DT det 1",
        "deal deal NOUN NN ROOT 1",
        "which which PRON WDT nsubjpass 4",
        "was be AUX VBD auxpass 4",
        "signed sign VERB VBN relcl 1",
        "by by ADP IN agent 4",
        "Iran Iran PROPN NNP pobj 5",
    ]
    doc = parsed("the deal which was signed by Iran", rows)
    assert "deal" in frame(doc[4]) and "iran" in frame(doc[4])
    lex = load_lexicon()
    assert lex.candidates("tributes", True) == lex.candidates("tribute", True) != []
    assert lex.candidates("process", True) == []  # "-ss" is no plural


MUST = [
    "Kyiv Kyiv PROPN NNP nsubj 2",
    "must must AUX MD aux 2",
    "{verb} {verb} VERB VB ROOT 2",
    "{obj} {obj} NOUN NNS dobj 2",
    ". . PUNCT . punct 2",
]


def _must(verb, obj, code="100"):
    rows = [r.format(verb=verb, obj=obj) for r in MUST]
    return _refine(f"Kyiv must {verb} {obj}.", rows, verb, code)


def test_a_demanded_act_with_no_code_of_its_own_takes_its_verbs_topic():
    # the demanded act's own verb names the topic (CAMEO 103, 1031, 105, 1055)
    assert _must("provide", "food") == ("1033", "food")  # what is given comes first
    assert _must("provide", "it") == ("103", "provide")
    assert _must("pay", "reparations") == ("1031", "reparations")
    assert _must("pay", "arms") == ("1032", "arms")  # the thing paid for, not the paying
    assert _must("pay", "it") == ("1031", "pay")
    assert _must("accept", "realities") == ("105", "accept")
    assert _must("admit", "experts") == ("1055", "admit")
    assert _must("accept", "it", "120") == ("124", "accept")  # refusing to accept: 124


COOPERATE = [
    "Pakistan Pakistan PROPN NNP nsubj 1",
    "cooperated cooperate VERB VBD ROOT 1",
    "with with ADP IN prep 1",
    "Kabul Kabul PROPN NNP pobj 2",
    "in in ADP IN prep 1",
    "the the DET DT det 6",
    "{noun} {noun} NOUN NN pobj 4",
    ". . PUNCT . punct 1",
]


def _cooperate(noun, code="060"):
    rows = [r.format(noun=noun) for r in COOPERATE]
    return _refine(f"Pakistan cooperated with Kabul in the {noun}.", rows, "cooperated", code)


def test_material_cooperation_takes_the_subcode_of_its_field():
    assert _cooperate("investigation") == ("063", "investigation")
    assert _cooperate("intelligence") == ("064", "intelligence")
    assert _cooperate("defence") == ("062", "defence")
    assert _cooperate("trade") == ("061", "trade")
    assert _cooperate("energy") == ("060", None)  # energy projects: cooperation, not specified
    # the intent and appeal families follow the same fields
    assert _cooperate("investigation", "031") == ("0313", "investigation")
    assert _cooperate("trade", "021") == ("0211", "trade")


def test_promised_cooperation_in_no_field_is_030_and_practical_cooperation_031():
    plain = [
        "Oslo Oslo PROPN NNP nsubj 1",
        "promised promise VERB VBD ROOT 1",
        "cooperation cooperation NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _refine("Oslo promised cooperation.", plain, "promised", "030") == ("030", "cooperation")
    practical = [
        "Oslo Oslo PROPN NNP nsubj 1",
        "promised promise VERB VBD ROOT 1",
        "practical practical ADJ JJ amod 3",
        "cooperation cooperation NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _refine("Oslo promised practical cooperation.", practical, "promised", "030") == (
        "031",
        "practical",
    )


def test_agreeing_that_a_view_holds_is_accord_and_agreeing_that_one_will_act_is_intent():
    view = [
        "Both Both DET DT nsubj 1",
        "agreed agree VERB VBD ROOT 1",
        "that that SCONJ IN mark 4",
        "sanctions sanction NOUN NNS nsubj 4",
        "are be AUX VBP ccomp 1",
        "harmful harmful ADJ JJ acomp 4",
        ". . PUNCT . punct 1",
    ]
    assert _refine("Both agreed that sanctions are harmful.", view, "agreed", "030") == ("019", "that")
    act = [
        "Both Both DET DT nsubj 1",
        "agreed agree VERB VBD ROOT 1",
        "that that SCONJ IN mark 5",
        "they they PRON PRP nsubj 5",
        "would would AUX MD aux 5",
        "meet meet VERB VB ccomp 1",
        ". . PUNCT . punct 1",
    ]
    assert _refine("Both agreed that they would meet.", act, "agreed", "030") == ("030", None)


def test_soldiers_defending_a_country_protect_it_and_a_minister_defends_verbally():
    rows = [
        "{subj} {lemma} NOUN NNS nsubj 2",
        "were be AUX VBD aux 2",
        "defending defend VERB VBG ROOT 2",
        "Romania Romania PROPN NNP dobj 2",
        ". . PUNCT . punct 2",
    ]
    soldiers = [r.format(subj="Soldiers", lemma="soldier") for r in rows]
    assert _refine("Soldiers were defending Romania.", soldiers, "defending", "052") == ("074", "military")
    ministers = [r.format(subj="Ministers", lemma="minister") for r in rows]
    assert _refine("Ministers were defending Romania.", ministers, "defending", "052") == ("052", None)


REJECT = [
    "Paris Paris PROPN NNP nsubj 1",
    "refused refuse VERB VBD ROOT 1",
    "to to PART TO aux 3",
    "withdraw withdraw VERB VB xcomp 1",
    "the the DET DT det 6",
    "{mod} {mod} NOUN NN compound 6",
    "{obj} {obj} NOUN NN dobj 3",
    ". . PUNCT . punct 1",
]


def _reject(mod, obj):
    rows = [r.format(mod=mod, obj=obj) for r in REJECT]
    return _refine(f"Paris refused to withdraw the {mod} {obj}.", rows, "refused", "120")


def test_withdrawing_a_law_is_a_policy_change_and_withdrawing_troops_de_escalation():
    assert _reject("pension", "reform") == ("1232", "reform")
    assert _reject("tax", "law") == ("1232", "law")
    assert _reject("combat", "troops") == ("1246", "withdraw")


def _intent(field):
    words = f"Seoul pledged to cooperate with Warsaw{' on ' + field if field else ''}."
    rows = [
        "Seoul Seoul PROPN NNP nsubj 1",
        "pledged pledge VERB VBD ROOT 1",
        "to to PART TO aux 3",
        "cooperate cooperate VERB VB xcomp 1",
        "with with ADP IN prep 3",
        "Warsaw Warsaw PROPN NNP pobj 4",
    ]
    if field:
        rows += ["on on ADP IN prep 3", f"{field} {field} NOUN NN pobj 6"]
    rows.append(". . PUNCT . punct 1")
    return _refine(words, rows, "cooperate", "031")


def test_an_intent_to_cooperate_with_no_material_field_is_the_residual_030():
    assert _intent("") == ("030", None)
    assert _intent("shipbuilding")[0] == "030"  # no field of 0311-0314 and nothing material
    assert _intent("trade") == ("0311", "trade")
    assert _intent("intelligence") == ("0314", "intelligence")
    assert _intent("production") == ("031", None)  # material, no subcode


def test_strikes_from_a_base_are_no_protest_topic():
    rows = [
        "Ankara Ankara PROPN NNP nsubj 1",
        "refused refuse VERB VBD ROOT 1",
        "{obj} {obj} NOUN NNS dobj 1",
        "from from ADP IN prep 2",
        "the the DET DT det 5",
        "{place} {place} NOUN NN pobj 3",
        ". . PUNCT . punct 1",
    ]

    def refused(obj, place):
        text = f"Ankara refused {obj} from the {place}."
        return _refine(text, [r.format(obj=obj, place=place) for r in rows], "refused", "120")

    assert refused("strikes", "base") == ("120", None)
    assert refused("strikes", "factory") == ("1242", "strikes")


def test_a_rejected_reform_narrows_by_its_topic():
    rows = [r.format(mod="pension", obj="reform") for r in REJECT]
    assert _refine("Paris refused to withdraw the pension reform.", rows, "refused", "123") == (
        "1232",
        "reform",
    )
