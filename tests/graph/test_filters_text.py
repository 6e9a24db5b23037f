"""describe(): one plain sentence in Dutch and English with codebook labels."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from graph.filter_text import describe_result
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels


def test_empty_filter(small):
    assert NetworkFilter().describe() == "Alle samenwerkingen."
    assert NetworkFilter().describe("en", small) == "All collaborations."


def test_school_year_theme_frequency_type_sector(small):
    f = NetworkFilter(
        school_year="2023-2024",
        themes=("dyslexia",),
        frequency_min="monthly",
        actor_types=("school",),
        sectors=("po",),
    )
    assert f.describe("nl", small) == (
        "Alle samenwerkingen in schooljaar 2023-2024, over het thema dyslexieprotocol, "
        "minimaal maandelijks, tussen actoren van het type school, "
        "in de sector primair onderwijs (PO)."
    )
    assert f.describe("en", small) == (
        "All collaborations in school year 2023-2024, on the theme dyslexia protocol, "
        "at least monthly, between actors of type school, in the sector primary education."
    )


def test_every_tie_attribute_and_graph_part(small):
    f = NetworkFilter(
        window_start=date(2023, 1, 1),
        window_end=date(2023, 6, 30),
        themes=("ict", "citizenship", "dyslexia"),
        frequency_min="quarterly",
        frequency_max="weekly",
        voluntariness=("voluntary",),
        modes=("online", "hybrid"),
        participation=("active",),
        scopes=("regional",),
        follow_up=("permanent",),
        motive_dimensions=("task",),
        regions=("Utrecht", "Amersfoort"),
        min_weight=2.5,
        hide_isolates=True,
        ego=11,
        radius=2,
        k_core=2,
        largest_component=True,
    )
    assert f.describe("nl", small) == (
        "Alle samenwerkingen actief tussen 1 januari 2023 en 30 juni 2023, "
        "over de thema's burgerschap, dyslexieprotocol of nieuwe technologie en ICT, "
        "van per kwartaal tot wekelijks, vrijwilligheid vrijwillig, werkvorm hybride of online, "
        "deelname actief, reikwijdte regionaal, vervolgstructuur permanent, "
        "met motieven uit de taakdimensie, in de regio Amersfoort of Utrecht, "
        "met een gewicht van minimaal 2,5, zonder actoren zonder samenwerking, "
        "binnen 2 stappen van Bram, alleen de 2-kern (actoren met minstens 2 partners daarbinnen), "
        "alleen de grootste samenhangende groep."
    )
    assert f.describe("en", small) == (
        "All collaborations active between 1 January 2023 and 30 June 2023, "
        "on the themes citizenship, dyslexia protocol or new technology and ICT, "
        "from quarterly to weekly, voluntariness voluntary, mode hybrid or online, "
        "participation active, scope regional, follow-up structure permanent, "
        "with motives in the task dimension, in the region Amersfoort or Utrecht, "
        "with a weight of at least 2.5, without actors that have no collaboration, "
        "within 2 steps of Bram, only the 2-core (actors with at least 2 partners inside it), "
        "only the largest connected component."
    )


@pytest.mark.parametrize(
    ("flt", "nl", "en"),
    [
        (NetworkFilter(as_of=date(2024, 3, 1)), "actief op 1 maart 2024", "active on 1 March 2024"),
        (
            NetworkFilter(window_start=date(2024, 3, 1)),
            "actief vanaf 1 maart 2024",
            "active from 1 March 2024",
        ),
        (
            NetworkFilter(window_end=date(2024, 3, 1)),
            "actief tot en met 1 maart 2024",
            "active up to 1 March 2024",
        ),
        (NetworkFilter(frequency_max="yearly"), "hoogstens jaarlijks", "at most yearly"),
        (
            NetworkFilter(frequency_min="weekly", frequency_max="weekly"),
            "alleen wekelijks",
            "only weekly",
        ),
        (NetworkFilter(ego=10), "in het directe netwerk van Anna", "in the direct network of Anna"),
        (
            NetworkFilter(min_weight=3),
            "met een gewicht van minimaal 3",
            "with a weight of at least 3",
        ),
        (NetworkFilter(intake=("collective",)), "instroom collectief", "intake collective"),
        (
            NetworkFilter(decision_making=("formal", "informal")),
            "besluitvorming formeel of informeel",
            "decision making formal or informal",
        ),
    ],
)
def test_single_parts(small, flt, nl, en):
    assert flt.describe("nl", small) == f"Alle samenwerkingen {nl}."
    assert flt.describe("en", small) == f"All collaborations {en}."


def test_without_codebook_codes_are_shown_and_unknown_ego_named_by_id():
    f = NetworkFilter(themes=("robotics",), ego=77)
    assert (
        f.describe("en")
        == "All collaborations on the theme robotics, in the direct network of actor 77."
    )
    assert f.describe("nl", Labels(), actor_names={77: "Zoë"}).endswith("netwerk van Zoë.")


def test_result_sentence_for_empty_and_non_empty_graphs(small):
    f = NetworkFilter(sectors=("nowhere",))
    G = network_for(small, f)
    assert describe_result(G, f, language="nl", labels=small) == (
        "Geen enkele actor voldoet aan dit filter: Alle samenwerkingen in de sector nowhere."
    )
    assert describe_result(G, f, language="en", labels=small).startswith(
        "No actor matches this filter: "
    )
    H = network_for(small, NetworkFilter(themes=("ict",)))
    assert describe_result(H, NetworkFilter(themes=("ict",)), language="en", labels=small) == (
        # Anna, Bram, Cor and Dina work on ICT; Eva does not and is left out.
        "4 actors and 3 ties. All collaborations on the theme new technology and ICT. "
        "A tie is a pair of persons who collaborate; several collaborations between the same "
        "two count as one tie."
    )
    assert describe_result(nx.Graph(), NetworkFilter()) == (
        "Geen enkele actor voldoet aan dit filter: Alle samenwerkingen."
    )
