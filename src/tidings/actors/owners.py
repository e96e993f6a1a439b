"""Owners of a role noun that do not lend it their sector.

A lawyer belongs to a client: "the president's lawyers", "Trump's lawyer" are lawyers (JUD) of
the president's country, not government officials. Role entries marked ``own=1`` in roles.tsv
keep their own sector against a person who owns them (a named person or a person role before
the head); an organisation still lends its sector ("the EFF's lawyer", "a lawyer of the EFF":
NGO). Collective nouns without a sector of their own ("his staffers", "the company's
employees", "the party's supporters") are ordinary ``modifier=1`` roles: they take the owner's.
"""

from __future__ import annotations

from tidings.actors.lexicon import Hit


def without_person_owners(role: Hit, named: list[Hit], mods: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The named actors and modifying roles before ``role`` that may lend it their sector."""
    if role.get("own") != "1" or not role.sectors:
        return named, mods
    return [h for h in named if h.kind != "person"], [h for h in mods if h.get("ref") != "person"]
