"""Hand-built Document records for API tests: real article text, records written by hand.

Each event, quote, time and place points at the words of the text (offsets found with
``str.index``), so the page can highlight them. The values (codes, dates, GeoNames
coordinates) are what a careful human coder gives these sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

from tidings.model import (
    Action,
    Actor,
    Document,
    Event,
    EventDate,
    EventLocation,
    Party,
    Place,
    Plover,
    Quote,
    Sentence,
    Speaker,
    TextSpan,
    TimeRef,
)

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-article.txt"


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[“\"A-Z])", text):
        out.append(Sentence(index=len(out), start=start, end=m.start(), text=text[start : m.start()]))
        start = m.end()
    out.append(Sentence(index=len(out), start=start, end=len(text), text=text[start:]))
    return out


class Builder:
    def __init__(self, doc_id: str, title: str, published: str, text: str) -> None:
        self.doc = Document(id=doc_id, title=title, published=published, text=text, language="en")
        self.doc.sentences = _sentences(text)
        self.text = text

    def span(self, needle: str, after: int = 0) -> tuple[int, int]:
        s = self.text.index(needle, after)
        return s, s + len(needle)

    def sent_of(self, pos: int) -> int:
        return next(s.index for s in self.doc.sentences if s.start <= pos <= s.end)

    def actor(self, aid: str, name: str, code: str, country: str, sectors: list[str], *texts: str) -> None:
        mentions = []
        for t in texts:
            for m in re.finditer(re.escape(t), self.text):
                mentions.append(TextSpan(start=m.start(), end=m.end(), text=t))
        self.doc.actors.append(
            Actor(id=aid, name=name, code=code, country=country, sectors=sectors, mentions=mentions)
        )

    def place(self, pid: str, text: str, name: str, gid: int, cc: str, lat: float, lon: float) -> None:
        s, e = self.span(text)
        self.doc.places.append(
            Place(
                id=pid,
                text=text,
                start=s,
                end=e,
                geonameid=gid,
                name=name,
                country=cc,
                lat=lat,
                lon=lon,
                feature="P",
            )
        )

    def time(self, text: str, value: str, gran: str = "day") -> None:
        s, e = self.span(text)
        self.doc.times.append(TimeRef(text=text, start=s, end=e, value=value, granularity=gran))

    def party(self, text: str, code: str, actor: str | None, after: int) -> Party:
        s, e = self.span(text, after)
        return Party(actor=actor, text=text, code=code, country=code[:3], start=s, end=e)

    def event(
        self,
        anchor: str,
        src: tuple,
        verb: str,
        tgt: tuple | None,
        cameo: str,
        label: str,
        plover: str,
        gs: float,
        quad: int,
        date: str,
        place: str | None = None,
        mode: str | None = None,
    ) -> None:
        a0 = self.text.index(anchor)
        vs, ve = self.span(verb, a0)
        sent = self.sent_of(vs)
        sstart = self.doc.sentences[self.sent_of(a0)].start
        n = len(self.doc.events)
        self.doc.events.append(
            Event(
                id=f"{self.doc.id}-e{n}",
                sentence=sent,
                source=self.party(src[0], src[1], src[2] if len(src) > 2 else None, sstart),
                target=self.party(tgt[0], tgt[1], tgt[2] if len(tgt) > 2 else None, sstart) if tgt else None,
                action=Action(text=verb, lemma=verb.split()[0].lower(), start=vs, end=ve),
                cameo=cameo,
                cameo_label=label,
                plover=Plover(event=plover, mode=mode),
                goldstein=gs,
                quad_class=quad,
                date=EventDate(value=date, granularity="day", source="expression"),
                location=EventLocation(place=place) if place else None,
                confidence=0.8,
            )
        )

    def quote(self, text: str, speaker: str, actor: str | None, cue: str) -> None:
        s, e = self.span(text)
        ss, se = self.span(speaker, max(0, s - 300))
        self.doc.quotes.append(
            Quote(
                id=f"{self.doc.id}-q{len(self.doc.quotes)}",
                text=text,
                start=s,
                end=e,
                speaker=Speaker(actor=actor, text=speaker, start=ss, end=se),
                cue=cue,
                kind="direct",
            )
        )


def seed_document() -> Document:
    text = SEED.read_text(encoding="utf-8").split("All Content by")[0].strip()
    b = Builder("seed", "Iran tells Iraq to act against terrorists in Kurdistan Region", "2022-10-16", text)
    b.actor(
        "a1",
        "Hossein Amir Abdollahian",
        "IRNGOV",
        "IRN",
        ["GOV"],
        "Hossein Amir Abdollahian",
        "Amir-Abdollahian",
        "Amir Abdollahian",
    )
    b.actor("a2", "Qasim al-Araji", "IRQGOV", "IRQ", ["GOV"], "Qasim al-Araji", "al-Araji", "Al-Araji")
    b.actor("a3", "Jeyhun Bayramov", "AZEGOV", "AZE", ["GOV"], "Jeyhun Bayramov", "Bayramov")
    b.actor("a4", "Fuad Hussein", "IRQGOV", "IRQ", ["GOV"], "Fuad Hussein")
    b.place("p1", "Tehran", "Tehran", 112931, "IR", 35.69439, 51.42151)
    b.place("p2", "Astana", "Astana", 1526273, "KZ", 51.1801, 71.44598)
    b.time("on Saturday", "2022-10-15")
    b.time("last week", "2022-W40", "week")
    b.time("on Thursday", "2022-10-13")
    b.event(
        "In a meeting",
        ("Amir-Abdollahian", "IRNGOV", "a1"),
        "meeting",
        ("Qasim al-Araji", "IRQGOV", "a2"),
        "043",
        "Make a visit",
        "CONSULT",
        1.9,
        1,
        "2022-10-15",
        "p1",
        "visit",
    )
    b.event(
        "In a meeting",
        ("Amir-Abdollahian", "IRNGOV", "a1"),
        "do not expect",
        ("Iraqi Kurdistan Region", "IRQ"),
        "112",
        "Accuse, not specified below",
        "ACCUSE",
        -2.0,
        3,
        "2022-10-15",
        "p1",
    )
    b.event(
        "For his part, al-Araji",
        ("al-Araji", "IRQGOV", "a2"),
        "respond",
        ("Iran", "IRN"),
        "057",
        "Sign formal agreement",
        "AGREE",
        8.0,
        1,
        "2022-10-15",
        "p1",
    )
    b.event(
        "Al-Araji headed",
        ("Al-Araji", "IRQGOV", "a2"),
        "headed",
        ("Iran", "IRN"),
        "043",
        "Make a visit",
        "CONSULT",
        1.9,
        1,
        "2022-10-15",
        "p1",
        "visit",
    )
    b.event(
        "Recent military operations",
        ("Islamic Revolution Guards Corps", "IRNMIL"),
        "military operations",
        ("anti-Iranian terrorist sites", "IRQREB"),
        "190",
        "Use conventional military force",
        "ASSAULT",
        -10.0,
        4,
        "2022-10-01",
    )
    b.event(
        "During a phone chat",
        ("the Iranian foreign minister", "IRNGOV", "a1"),
        "phone chat",
        ("Fuad Hussein", "IRQGOV", "a4"),
        "040",
        "Consult",
        "CONSULT",
        1.0,
        1,
        "2022-10-10",
    )
    b.event(
        "Also, during a phone",
        ("Amir Abdollahian", "IRNGOV", "a1"),
        "phone conversation",
        ("Jeyhun Bayramov", "AZEGOV", "a3"),
        "040",
        "Consult",
        "CONSULT",
        1.0,
        1,
        "2022-10-15",
    )
    b.event(
        "He praised the recent",
        ("He", "IRNGOV", "a1"),
        "praised",
        ("Azerbaijan", "AZE"),
        "051",
        "Praise or endorse",
        "SUPPORT",
        3.4,
        1,
        "2022-10-13",
        "p2",
    )
    b.event(
        "He also supported",
        ("He", "AZEGOV", "a3"),
        "supported",
        ("Iran", "IRN"),
        "051",
        "Praise or endorse",
        "SUPPORT",
        3.4,
        1,
        "2022-10-15",
    )
    b.doc.events[1].negated = True  # "we do not expect": the one negated event
    b.event(
        "and expressed his objection",
        ("He", "AZEGOV", "a3"),
        "expressed his objection",
        None,
        "111",
        "Criticize or denounce",
        "ACCUSE",
        -2.0,
        3,
        "2022-10-15",
    )
    b.quote(
        "“Given good relations between the Islamic Republic of Iran and the Republic of Iraq, we do not expect the territory of the Iraqi Kurdistan Region to be a place for terrorist acts and threats against Iran.”",
        "Amir-Abdollahian",
        "a1",
        "stated",
    )
    b.quote('"We see the security of Iraq as the security of Iran."', "The foreign minister", "a1", "added")
    b.quote(
        "“We will not tolerate the continuation of aggression and terrorist acts by groups that have taken refuge in the Kurdistan region of Iraq and targeted Iran's national security,”",
        "Amir Abdollahian",
        "a1",
        "underscored",
    )
    return b.doc


def sample_documents() -> list[Document]:
    docs = [seed_document()]
    text = (
        "Germany on Monday banned the Iranian airline Mahan Air from its airspace, citing security concerns. "
        "The German foreign ministry said Iran had plotted attacks in Europe. "
        "Iran's foreign minister Mohammad Javad Zarif condemned the decision in Tehran on Tuesday. "
        '"This is a hostile act," Zarif said. '
        'The ban had been called "long overdue".'
    )
    b = Builder("mahan", "Germany bans Mahan Air of Iran, citing 'security'", "2019-01-23", text)
    b.actor("m1", "Germany", "DEU", "DEU", [], "Germany")
    b.actor("m2", "Mohammad Javad Zarif", "IRNGOV", "IRN", ["GOV"], "Mohammad Javad Zarif", "Zarif")
    b.place("mp1", "Tehran", "Tehran", 112931, "IR", 35.69439, 51.42151)
    b.place("mp2", "Europe", "Berlin", 2950159, "DE", 52.52437, 13.41053)
    b.time("on Monday", "2019-01-21")
    b.time("on Tuesday", "2019-01-22")
    b.event(
        "Germany on Monday",
        ("Germany", "DEU", "m1"),
        "banned",
        ("Mahan Air", "IRNBUS"),
        "163",
        "Impose embargo, boycott, or sanctions",
        "SANCTION",
        -8.0,
        4,
        "2019-01-21",
        "mp2",
    )
    b.event(
        "The German foreign",
        ("The German foreign ministry", "DEUGOV"),
        "said",
        ("Iran", "IRN"),
        "112",
        "Accuse, not specified below",
        "ACCUSE",
        -2.0,
        3,
        "2019-01-21",
        "mp2",
    )
    b.event(
        "Iran's foreign minister",
        ("Mohammad Javad Zarif", "IRNGOV", "m2"),
        "condemned",
        None,
        "111",
        "Criticize or denounce",
        "ACCUSE",
        -2.0,
        3,
        "2019-01-22",
        "mp1",
    )
    b.quote('"This is a hostile act,"', "Zarif", "m2", "said")
    s, e = b.span('"long overdue"')
    b.doc.quotes.append(
        Quote(id="mahan-q1", text=text[s:e], start=s, end=e, speaker=None, cue="called", kind="direct")
    )
    docs.append(b.doc)
    return docs
