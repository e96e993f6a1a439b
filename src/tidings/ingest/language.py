"""Language identification: cheap English check first, langdetect only when in doubt."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The commonest English function words; news English has 30-45% of its tokens here.
_ENGLISH = frozenset(
    "the of and to a in is was that for on with as by at from he it his said has have "
    "be are were an its this which or not but had been their they will would who also "
    "after more than she her we our us you there after over into about".split()
)


def english_ratio(text: str, sample: int = 4000) -> float:
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(w in _ENGLISH for w in words) / len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text."""
    words = _WORD.findall(text[:4000])
    if len(words) < 3:
        return None
    ratio = english_ratio(text)
    if ratio >= 0.18:
        return "en"
    if len(words) < 8 and ratio >= 0.08:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random unless seeded; we promise determinism
    try:
        best = detect_langs(text[:4000])[0]
    except LangDetectException:
        return None
    return best.lang if best.lang != "en" or ratio >= 0.05 else "und"
