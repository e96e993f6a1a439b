"""Words that are never places, or not when only the gazetteer says so (find and modifiers use them)."""

from __future__ import annotations

# Capitalised words the gazetteer knows as towns but that are rarely places in news text.
NOT_PLACES = {
    "president", "minister", "police", "god", "of", "reading", "mobile", "nice", "split", "bath", "government",
    "union", "university", "new", "north", "south", "east", "west", "central", "said", "march", "may",
    "republic", "state", "independence", "victoria", "trump", "biden", "obama", "washington post",
}  # fmt: skip
# Calendar words: never places, whatever the NER says.
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "christmas", "easter",
}  # fmt: skip
# Never places whatever the NER says: planets, compass points, the virus, the US residence.
NOT_PLACES_NER = CALENDAR | {
    "west", "east", "north", "south", "jupiter", "mars", "moon", "earth", "corona", "white house",
}  # fmt: skip
# Common words that are also the names of towns: not places when only the gazetteer says so.
NOT_PLACES |= NOT_PLACES_NER | {
    "justice", "alliance", "northern", "southern", "eastern", "western", "coast", "unity", "man", "roman",
    "falcon", "channel", "liberty", "hope", "enterprise", "providence", "victory", "freedom", "commerce",
    "progress", "temple", "mission", "paradise", "marina", "college", "museum", "harbor", "bay", "parliament",
    "congress", "senate", "court", "army", "navy", "capitol", "kingdom", "empire", "church", "federal", "area",
    "city", "hills", "quarter",
}  # fmt: skip
