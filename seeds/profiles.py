"""Plausible, correlated tie attributes per kind of collaboration.

Each kind (colleagues, PLG, internship, research, pupil care...) has its own
distributions, and the attributes depend on each other the way seed 000 describes:
imposed ties are more often non-committal, once-only ties are short, permanent
follow-up goes with long durations, online work grows in later school years, and an
international scope is rare. Draws come only from the generator's ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from seeds.texts import LEARNING_QUESTIONS

END = date(2026, 7, 31)
YEAR_STARTS = (date(2022, 8, 1), date(2023, 8, 1), date(2024, 8, 1), date(2025, 8, 1))
ONLINE_BY_YEAR = (0.08, 0.14, 0.20, 0.26)
HYBRID_BY_YEAR = (0.08, 0.12, 0.18, 0.22)


@dataclass(frozen=True)
class Profile:
    """Distributions of one kind of tie: weights per code, in codebook order."""

    frequency: tuple[float, float, float, float, float]  # once yearly quarterly monthly weekly
    voluntary: float
    scope: tuple[float, float, float]  # local regional international
    collective: float
    formal: float
    permanent: float
    online_factor: float
    motives: tuple[str, ...]
    themes: tuple[str, ...]
    conditions: tuple[str, ...]
    question_share: float = 0.35


PROFILES: dict[str, Profile] = {
    "colleague": Profile(
        (0, 0, 0.05, 0.45, 0.5),
        0.92,
        (1, 0, 0),
        0.2,
        0.1,
        0.8,
        0.3,
        ("professional_development", "local_network", "curriculum_design"),
        (),
        ("connection", "reciprocity", "time_means"),
    ),
    "plg": Profile(
        (0, 0, 0.1, 0.6, 0.3),
        0.9,
        (0.7, 0.3, 0),
        0.5,
        0.2,
        0.85,
        0.6,
        ("professional_development", "co_creation", "curriculum_design"),
        (),
        ("connection", "reciprocity", "learning_skills"),
    ),
    "thematic": Profile(
        (0, 0.05, 0.35, 0.55, 0.05),
        0.9,
        (0.1, 0.9, 0),
        0.3,
        0.2,
        0.7,
        1.6,
        ("co_creation", "new_connections", "professional_development"),
        (),
        ("motivation", "connection"),
    ),
    "internship": Profile(
        (0, 0, 0.2, 0.4, 0.4),
        0.35,
        (0.5, 0.5, 0),
        0.1,
        0.85,
        0.9,
        0.5,
        ("workplace_learning", "professional_development"),
        ("internships", "feedback"),
        ("learning_conditions", "time_means"),
    ),
    "research": Profile(
        (0.05, 0.05, 0.45, 0.45, 0),
        0.8,
        (0.3, 0.65, 0.05),
        0.4,
        0.5,
        0.6,
        1.4,
        ("researching_professional", "co_creation", "quality_development"),
        ("practice_research",),
        ("learning_skills", "motivation"),
    ),
    "care": Profile(
        (0.1, 0.05, 0.35, 0.45, 0.05),
        0.5,
        (0.6, 0.4, 0),
        0.2,
        0.6,
        0.45,
        0.8,
        ("pupil_care", "regulatory_requirements", "local_network"),
        ("pupil_care", "inclusive_education", "pedagogical_climate"),
        ("history", "time_means"),
    ),
    "company": Profile(
        (0.3, 0.25, 0.35, 0.1, 0),
        0.95,
        (0.55, 0.3, 0.15),
        0.4,
        0.3,
        0.25,
        1.2,
        ("temporary_project", "co_creation", "new_connections"),
        ("ict", "subject_didactics"),
        ("motivation",),
    ),
    "workplace": Profile(
        (0, 0.1, 0.4, 0.4, 0.1),
        0.7,
        (0.5, 0.5, 0),
        0.3,
        0.8,
        0.8,
        0.4,
        ("workplace_learning", "local_network"),
        ("internships",),
        ("learning_conditions", "history"),
    ),
    "outreach": Profile(
        (0.35, 0.35, 0.25, 0.05, 0),
        0.9,
        (0.8, 0.2, 0),
        0.7,
        0.3,
        0.3,
        0.6,
        ("local_network", "temporary_project", "pupil_achievement"),
        (),
        ("history", "connection"),
    ),
    "adviser": Profile(
        (0.4, 0.05, 0.3, 0.25, 0),
        0.45,
        (0.3, 0.7, 0),
        0.5,
        0.8,
        0.2,
        1.3,
        ("quality_development", "sustainable_innovation", "professional_development"),
        ("school_improvement", "leadership", "feedback"),
        ("transformational_leadership", "learning_conditions"),
    ),
    "leaders": Profile(
        (0, 0.05, 0.4, 0.5, 0.05),
        0.9,
        (0.2, 0.8, 0),
        0.1,
        0.2,
        0.75,
        1.0,
        ("professional_development", "new_connections", "co_creation"),
        ("leadership", "school_improvement"),
        ("reciprocity", "transformational_leadership"),
    ),
    "board": Profile(
        (0, 0.35, 0.6, 0.05, 0),
        0.1,
        (0.2, 0.8, 0),
        0.9,
        1.0,
        1.0,
        0.5,
        ("administrative_optimisation", "quality_development", "regulatory_requirements"),
        ("school_improvement", "leadership"),
        ("history",),
    ),
    "institutional": Profile(
        (0, 0.5, 0.5, 0, 0),
        0.75,
        (0, 1, 0),
        0.9,
        0.95,
        1.0,
        0.5,
        ("workplace_learning", "incentivised_networking", "quality_development"),
        ("internships", "practice_research"),
        ("history", "time_means"),
    ),
    "broker": Profile(
        (0.05, 0.05, 0.4, 0.45, 0.05),
        0.9,
        (0.1, 0.9, 0),
        0.2,
        0.4,
        0.65,
        1.0,
        ("new_connections", "co_creation", "professional_development"),
        (),
        ("connection", "motivation"),
    ),
}

# Everyday themes of ties that have no specialism or group theme to go by.
FALLBACK_THEMES = (
    "subject_didactics",
    "feedback",
    "pedagogical_climate",
    "teambuilding",
    "school_improvement",
)
VALUE_ORDER = {
    "frequency": ("once", "yearly", "quarterly", "monthly", "weekly"),
    "scope": ("local", "regional", "international"),
}


def _pick(rng: random.Random, values: tuple[str, ...], weights: tuple[float, ...]) -> str:
    return rng.choices(values, weights=weights, k=1)[0]


def draw_attributes(
    rng: random.Random, kind: str, year: int, themes: tuple[str, ...], **fixed: str
) -> dict[str, str]:
    """One tie's coded attributes; ``fixed`` overrides any drawn value (planted ties)."""
    pr = PROFILES[kind]
    freq = fixed.get("frequency") or _pick(rng, VALUE_ORDER["frequency"], pr.frequency)
    vol = fixed.get("voluntariness") or ("voluntary" if rng.random() < pr.voluntary else "imposed")
    part_w = (0.1, 0.25, 0.65) if vol == "voluntary" else (0.4, 0.35, 0.25)
    if freq in ("weekly", "monthly") and vol == "voluntary":
        part_w = (0.03, 0.17, 0.8)
    participation = fixed.get("participation") or _pick(
        rng, ("non_committal", "passive", "active"), part_w
    )
    online = ONLINE_BY_YEAR[year] * pr.online_factor
    hybrid = HYBRID_BY_YEAR[year] * pr.online_factor
    mode = fixed.get("mode") or _pick(
        rng, ("face_to_face", "online", "hybrid"), (1 - online - hybrid, online, hybrid)
    )
    scope = _pick(rng, VALUE_ORDER["scope"], pr.scope)
    permanent = freq != "once" and rng.random() < pr.permanent
    start, end = _dates(rng, year, freq, permanent)
    formal = rng.random() < (pr.formal if vol == "voluntary" else max(pr.formal, 0.8))
    autonomy = (not formal or rng.random() < 0.3) and vol == "voluntary"
    roles = ("initiator", _pick(rng, ("executor", "supporter"), (0.6, 0.4)))
    motives = tuple(rng.sample(pr.motives, rng.choice((1, 2))))
    conditions = tuple(
        rng.sample(pr.conditions, 1 if len(pr.conditions) == 1 else rng.choice((1, 2)))
    )
    question = ""
    if rng.random() < pr.question_share:
        pool = [q for t in themes for q in LEARNING_QUESTIONS.get(t, ())]
        question = rng.choice(pool) if pool else ""
    return {
        "directed": "nee" if kind in ("colleague", "plg") and rng.random() < 0.5 else "ja",
        "frequency": freq,
        "voluntariness": vol,
        "mode": mode,
        "participation": participation,
        "scope": scope,
        "intake": "collective" if rng.random() < pr.collective else "individual",
        "follow_up": "permanent" if permanent else "occasional",
        "decision_making": "formal" if formal else "informal",
        "autonomy": "ja" if autonomy else "nee",
        "source_role": roles[0],
        "target_role": roles[1],
        "start": start.isoformat(),
        "end": end.isoformat() if end else "",
        "themes": "|".join(themes),
        "motives": "|".join(motives),
        "conditions": "|".join(conditions),
        "learning_question": fixed.get("learning_question", question),
    }


def _dates(rng: random.Random, year: int, freq: str, permanent: bool) -> tuple[date, date | None]:
    """Start within the school year; once-only ties last days, permanent ones years."""
    start = YEAR_STARTS[year] + timedelta(days=rng.randint(20, 300))
    if freq == "once":
        return start, start + timedelta(days=rng.randint(0, 14))
    if permanent:
        if rng.random() < 0.3:
            return start, None  # ongoing
        days = rng.randint(400, 1100)
    else:
        days = rng.randint(60, 270)
    return start, min(start + timedelta(days=days), END)


def theme_choice(rng: random.Random, kind: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """One or two themes: the kind's typical ones plus context themes (group, specialism)."""
    pool = tuple(dict.fromkeys(extra + PROFILES[kind].themes)) or (rng.choice(FALLBACK_THEMES),)
    k = 1 if len(pool) == 1 or rng.random() < 0.6 else 2
    first = pool[0] if extra else rng.choice(pool)
    rest = [t for t in pool if t != first]
    return (first,) + tuple(rng.sample(rest, min(k - 1, len(rest))))
