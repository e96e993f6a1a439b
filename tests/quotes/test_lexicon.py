from tidings.quotes.lexicon import CUES_FILE, load_cues


def test_cue_lexicon_covers_reporting_verbs():
    cues = load_cues()
    for lemma in (
        "say",
        "tell",
        "state",
        "add",
        "stress",
        "warn",
        "claim",
        "insist",
        "note",
        "announce",
        "deny",
        "urge",
        "underscore",
        "emphasize",
    ):
        assert lemma in cues, lemma
    assert cues["point"].particle == "out"
    assert cues["deny"].cls == "deny"
    assert cues["urge"].cls == "directive"


def test_cue_file_names_its_source_and_licence():
    head = CUES_FILE.read_text(encoding="utf-8").splitlines()[:4]
    assert any("Source" in line for line in head)
    assert any("Licence" in line for line in head)
