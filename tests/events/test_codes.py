from tidings.events.codes import code_info, code_table, compose


def test_code_table_has_every_root_with_goldstein_and_quad():
    table = code_table()
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(table)
    assert len(table) > 300
    assert table["042"].label == "Make a visit"
    assert table["190"].goldstein == -10.0
    # GDELT convention: 01-04 verbal cooperation, 05-08 material cooperation
    assert table["042"].quad_class == 1 and table["051"].quad_class == 2
    assert table["111"].quad_class == 3 and table["190"].quad_class == 4


def test_plover_mapping_from_cameo2plover():
    assert code_info("041").plover().model_dump() == {"event": "CONSULT", "mode": "phone", "context": None}
    assert code_info("0312").plover().event == "AGREE"
    assert code_info("0312").plover().context == ["military"]
    assert code_info("163").plover().event == "COERCE"
    assert code_info("1124").plover().context == ["military", "legal"]
    # PLOVER drops CAMEO 02; tidings maps appeals to REQUEST
    assert code_info("0233").plover().event == "REQUEST"


def test_unknown_subcode_inherits_parent_row():
    info = code_info("0429")
    assert info.code == "0429" and info.label == code_info("042").label


def test_compose_control_families():
    assert compose("12", "040") == "125"  # refused to meet
    assert compose("03", "062") == "0312"  # agreed to cooperate militarily
    assert compose("10", "0841") == "1053"  # demanded the release
    assert compose("13", "190") == "1384"  # threatened to attack
    assert compose("03", "190") is None  # intent to attack is not cooperation
    assert compose("12", None) == "120"
