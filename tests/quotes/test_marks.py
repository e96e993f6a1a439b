from tidings.quotes.marks import find_marked


def quoted(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked(text)]


def test_curly_and_straight_quotes():
    text = 'He said, “We will win.” She said "No way," twice.'
    assert quoted(text) == ["We will win.", "No way,"]


def test_offsets_exclude_the_marks():
    text = "A “b c” d"
    (m,) = find_marked(text)
    assert (m.open_at, m.start, m.end, m.close_at) == (2, 3, 6, 6)


def test_nested_single_quotes_stay_inside():
    text = "\"He told me ‘no’ twice, and 'never' again,\" she said."
    assert quoted(text) == ["He told me ‘no’ twice, and 'never' again,"]


def test_top_level_single_quotes_but_not_apostrophes():
    text = "Germany cites 'security' in Iran's case; the countries' view is 'firm but fair'."
    assert quoted(text) == ["security", "firm but fair"]


def test_quote_running_over_paragraphs_reopens_each_paragraph():
    text = "She said: “First part.\n\n“Second part.”\n\nThen she left."
    assert quoted(text) == ["First part.\n\n“Second part."]


def test_unclosed_straight_quote_is_dropped_at_paragraph_end():
    text = 'A 12" pipe and a "broken\n\nNext "real quote" here'
    assert quoted(text) == ["real quote"]


def test_curly_closer_used_as_opener_and_heading():
    text = "underscored.  “Foreign military in Caucasus is shared worry” Also, during"
    assert quoted(text) == ["Foreign military in Caucasus is shared worry"]


def test_straight_quotes_nested_in_straight_quotes():
    text = 'He wrote "The "United States" is not holding them." Then "no" again.'
    assert quoted(text) == ['The "United States" is not holding them.', "no"]
