"""Language identification: a cheap English check first, langdetect only when in doubt.

News English is dense in function words, but short wire items are mostly names
("Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip
Erdogan in Ankara."), which statistical detectors misread. So the English share is
counted over lower-case words only (names excluded), and a short text is marked
non-English only when the detector is sure and the English share is low.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Common English function words and reporting verbs.
_ENGLISH = frozenset(
    "the of and to a in is was that for on with as by at from he it his said has have "
    "be are were an its this which or not but had been their they will would who also "
    "after more than she her we our us you there over into about met says told could "
    "should may can than then when while during against between under new two three".split()
)
_SHORT = 25  # words; below this the detector's guess needs to be confident


def english_ratio(text: str, sample: int = 4000) -> float:
    """Share of English function words among the lower-case words of ``text``."""
    words = [w for w in _WORD.findall(text[:sample]) if w[0].islower()]
    if not words:
        return 0.0
    return sum(w in _ENGLISH for w in words) / len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text."""
    words = _WORD.findall(text[:4000])
    if len(words) < 3:
        return None
    ratio = english_ratio(text)
    if ratio >= 0.25:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random unless seeded; we promise determinism
    try:
        guesses = detect_langs(text[:4000])
    except LangDetectException:
        return None
    best = guesses[0]
    english = next((g.prob for g in guesses if g.lang == "en"), 0.0)
    if best.lang == "en" or english >= 0.2 or ratio >= 0.15:
        return "en"
    if len(words) < _SHORT and (best.prob < 0.9 or ratio >= 0.1):
        return "en"
    return best.lang
