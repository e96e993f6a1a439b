"""Within-document resolution: names, descriptions, acronyms, places and pronouns -> clusters.

Rule-based, in this order (each step only adds to what the earlier ones found), every step a
function over one ``State`` (``tidings.actors.clusters``):
1. person names (``names``): dictionary people and NER PERSON spans, clustered by name, coded
   from the dictionaries (valid on the publication date), else from role words around them,
   else from the office-holder knowledge base (``office``);
2. organisations (``organisations``), with acronyms defined in the text; other named
   organisations coded from the role words around them or their last word (``orgnames``);
   short forms of their names join them (``shortnames``);
3. descriptions and groups headed by a role noun (``descriptions``);
4. countries named outside those phrases (``countries``), not as locations, and "the country"
   for the country named just before;
5. pronouns and counterparts (``pronouns``);
6. a named person with no role is a private individual, CVL (``private_persons``);
7. a state or civil actor named without a country takes one from its context (``context``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from tidings.actors import (
    context,
    countries,
    descriptions,
    names,
    office,
    organisations,
    orgnames,
    pronouns,
    shortnames,
)
from tidings.actors.clusters import Cluster, State, name_key, to_actors
from tidings.actors.codes import join_code
from tidings.actors.lexicon import Hit
from tidings.actors.petrarch_np import recode as petrarch_recode


def find_clusters(
    doc: Doc, hits: list[Hit], published: dt.date | None = None, dateline: tuple[str, str] | None = None
) -> list[Cluster]:
    """Clusters for ``doc``; ``dateline`` is the country of the dateline's place and its words."""
    st = State(doc, hits, published)
    st.dateline = dateline
    names.names(st)
    names.name_contexts(st)
    office.code_people(st)
    organisations.organisations(st)
    orgnames.named_organisations(st)
    shortnames.short_names(st)
    descriptions.descriptions(st)
    countries.places(st)
    countries.country_references(st)
    pronouns.pronouns(st)
    pronouns.group_pronouns(st)
    pronouns.thing_pronouns(st)
    pronouns.counterparts(st)
    private_persons(st)
    context.context_countries(st)
    petrarch_recode(st)  # PETRARCH dictionaries: noun phrases coded as PETRARCH codes them
    return [c for c in st.clusters if c.mentions]


def private_persons(st: State) -> None:
    """A named person whom neither the dictionaries nor the words around the name give a role
    is a private individual: CAMEO's civilian sector (CVL); the country comes from the context.
    The surname alone of an office holder of the document's countries, out of office on its
    date ("Dendias" in 2016), is no private individual either: it stays uncoded."""
    for cl in st.clusters:
        if cl.kind != "person" or not cl.mentions or cl.sectors or cl.coded_by_kb:
            continue
        if "office_holder_out_of_term" not in cl.evidence:
            cl.sectors = ["CVL"]
            cl.code = join_code(cl.country, cl.sectors)
            cl.evidence = {**cl.evidence, "sector": "a named person with no role in the text: civilian (CVL)"}


__all__ = ["Cluster", "State", "find_clusters", "name_key", "to_actors"]
