"""A synthetic partnership as NetworkRecords, for benchmarks at any size.

Deterministic (random.Random(seed)). Shape follows the demo: ~7% organisations,
~88% persons working at one or two organisations, ~5% groups; Holme-Kim ties
between persons (mean degree ~8) with coded attributes; themes per actor.
"""

from __future__ import annotations

import random
from datetime import date

import networkx as nx

from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    AffiliationRecord,
    MembershipRecord,
    NetworkRecords,
    StoryRecord,
    TieRecord,
)

THEMES = (
    "inclusive_education",
    "equal_opportunities",
    "ict",
    "citizenship",
    "pedagogical_climate",
    "social_safety",
    "reading_language",
    "dyslexia",
    "mathematics",
    "subject_didactics",
    "feedback",
    "differentiation",
    "practice_research",
    "leadership",
    "teambuilding",
)
FREQUENCIES = ("once", "yearly", "quarterly", "monthly", "weekly")
MODES = ("face_to_face", "online", "hybrid")
SECTORS = ("po", "so", "vo", "mbo")
REGIONS = ("Veenhoven", "Lindeburg", "Kromwijk", "Zandmere")


def synthetic_partnership(n_actors: int, seed: int = 7) -> NetworkRecords:
    """A partnership of about ``n_actors`` actors."""
    rng = random.Random(seed)
    n_orgs = max(2, n_actors * 7 // 100)
    n_groups = max(1, n_actors * 5 // 100)
    n_persons = max(2, n_actors - n_orgs - n_groups)
    actors: list[ActorRecord] = []
    affiliations: list[AffiliationRecord] = []
    for i in range(n_orgs):
        actors.append(
            ActorRecord(
                i,
                f"O{i}",
                "organisation",
                "school",
                f"School {i}",
                sector=rng.choice(SECTORS),
                region=rng.choice(REGIONS),
            )
        )
    person_ids = range(n_orgs, n_orgs + n_persons)
    for pid in person_ids:
        orgs = tuple(sorted({rng.randrange(n_orgs) for _ in range(rng.choice((1, 1, 1, 2)))}))
        actors.append(
            ActorRecord(
                pid,
                f"P{pid}",
                "person",
                "teacher",
                f"Persoon {pid}",
                career_phase=rng.choice(("starting", "experienced")),
                organisation_ids=orgs,
            )
        )
        affiliations.extend(AffiliationRecord(pid, o) for o in orgs)
    group_ids = range(n_orgs + n_persons, n_orgs + n_persons + n_groups)
    actors.extend(ActorRecord(g, f"G{g}", "group", "plg", f"PLG {g}") for g in group_ids)
    memberships = [MembershipRecord(rng.choice(person_ids), g) for g in group_ids for _ in range(8)]
    memberships = list({(m.actor_id, m.group_id): m for m in memberships}.values())
    shape = nx.powerlaw_cluster_graph(n_persons, 4, 0.5, seed=seed)
    ties = []
    for k, (u, v) in enumerate(shape.edges()):
        start = date(rng.choice((2022, 2023, 2024, 2025)), rng.choice((9, 10, 1, 3)), 1)
        ties.append(
            TieRecord(
                k,
                n_orgs + u,
                n_orgs + v,
                frequency=rng.choice(FREQUENCIES),
                voluntariness=rng.choice(("voluntary", "voluntary", "imposed")),
                mode=rng.choice(MODES),
                start=start,
                themes=tuple(rng.sample(THEMES, rng.choice((1, 1, 2)))),
            )
        )
    themes = []
    for actor in actors:
        if actor.kind == "group":
            continue
        for theme in rng.sample(THEMES, 2):
            themes.append(
                ActorThemeRecord(
                    actor.id,
                    theme,
                    "expertise",
                    rng.choice(("basic", "experienced", "expert")),
                    "ervaring met begeleiding en lesontwerp",
                )
            )
        themes.append(ActorThemeRecord(actor.id, rng.choice(THEMES), "learning_need"))
        if actor.kind == "organisation":
            themes.append(ActorThemeRecord(actor.id, rng.choice(THEMES), "priority"))
    stories = [
        StoryRecord(
            i, "Samen geleerd", tie_id=rng.randrange(len(ties)), themes=(rng.choice(THEMES),)
        )
        for i in range(max(1, n_actors // 50))
    ]
    return NetworkRecords(
        actors=tuple(actors),
        ties=tuple(ties),
        affiliations=tuple(affiliations),
        memberships=tuple(memberships),
        actor_themes=tuple(themes),
        stories=tuple(stories),
        revision=f"synthetic-{n_actors}-{seed}",
    )
