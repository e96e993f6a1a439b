"""Articles: publication date order, language, content hash, ids."""

import datetime as dt

from tidings.ingest import RawDoc, parse_date, prepare
from tidings.ingest.language import detect_language
from tidings.model import Article, Failure

WIKI = "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk, a city in Russia. Rescuers worked for days."


def test_date_order_caller_then_metadata_then_dateline_then_url():
    raw = RawDoc(text=WIKI, origin="x", url="https://a.org/2018/05/06/x", published="2019-01-05")
    a = prepare(raw, date=dt.date(2020, 1, 1))
    assert (a.published, a.published_from) == (dt.date(2020, 1, 1), "caller")
    a = prepare(raw)
    assert (a.published, a.published_from) == (dt.date(2019, 1, 5), "metadata")
    raw.published = None
    a = prepare(raw)
    assert (a.published, a.published_from) == (dt.date(2019, 1, 4), "dateline")
    raw.text = "An apartment building collapsed on Monday in Magnitogorsk, a city in Russia."
    a = prepare(raw)
    assert (a.published, a.published_from) == (dt.date(2018, 5, 6), "url")


def test_bad_metadata_date_warns():
    a = prepare(
        RawDoc(
            text="Iran and Iraq talked about the border on Monday.",
            origin="f.jsonl:3",
            published="yesterday-ish",
        )
    )
    assert isinstance(a, Article)
    assert a.published is None
    assert [w.code for w in a.warnings] == ["W104"]


def test_parse_date_forms():
    assert parse_date("2022-10-16T10:00:00Z") == dt.date(2022, 10, 16)
    assert parse_date("Sun, 16 Oct 2022 10:00:00 +0000") == dt.date(2022, 10, 16)
    assert parse_date(dt.datetime(2022, 10, 16, 23, 0)) == dt.date(2022, 10, 16)
    assert parse_date("not a date") is None


def test_content_hash_and_default_id_are_stable():
    a1 = prepare(RawDoc(text="TEHRAN- Iran spoke to Iraq about security.", origin="a"))
    a2 = prepare(RawDoc(text="TEHRAN- Iran spoke to Iraq about security.", origin="b"))
    assert a1.content_hash == a2.content_hash and len(a1.content_hash) == 64
    assert a1.id == a1.content_hash[:16]
    assert a1.dateline == "Tehran" and a1.text.startswith("Iran spoke")


def test_too_long_is_a_failure():
    f = prepare(RawDoc(text="word " * 300, origin="big.txt"), max_chars=1000)
    assert isinstance(f, Failure) and f.error.code == "E020" and "big.txt" in f.error.message


def test_language_detection():
    assert (
        detect_language(
            "The minister said the government will meet its neighbours on Monday to discuss trade."
        )
        == "en"
    )
    de = "Der Außenminister sagte am Montag, die Regierung werde mit den Nachbarländern über den Handel sprechen und neue Verträge schließen."
    fr = "Le ministre des Affaires étrangères a déclaré lundi que le gouvernement rencontrera ses voisins pour discuter du commerce."
    assert detect_language(de) == "de"
    assert detect_language(fr) == "fr"
    assert detect_language("12 34") is None
    es = "El presidente de México dijo el lunes que su gobierno negociará con Estados Unidos un nuevo acuerdo comercial."
    assert detect_language(es) == "es"


def test_short_name_heavy_english_is_english():
    # Mostly names: statistical detectors call this Indonesian or Turkish.
    assert (
        detect_language(
            "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip Erdogan in Ankara."
        )
        == "en"
    )
    assert detect_language("Xi Jinping visited Moscow.") == "en"
