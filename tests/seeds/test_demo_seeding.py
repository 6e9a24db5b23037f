"""``seed_demo`` loads the committed files through the real importer, on SQLite and
PostgreSQL, only into an empty database; the loaded demo shows its planted facts to
the analysis layer (gaps, should-meet, expert finder)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, text

from db.models import Actor
from seeds import demo as d
from seeds.demo import FILES_DIR, seed_demo

TABLES = (
    "actor",
    "affiliation",
    "membership",
    "actor_theme",
    "tie",
    "story",
    "assessment",
    "assessment_score",
)


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def file_rows(name: str) -> int:
    return len(pd.read_csv(FILES_DIR / f"{name}.csv", dtype=str, keep_default_na=False))


def test_seed_demo_loads_every_file_once(engine: Engine) -> None:
    message = seed_demo(engine)
    loaded = counts(engine)
    assert loaded["actor"] == file_rows("actors")
    assert loaded["tie"] == file_rows("ties")
    assert loaded["affiliation"] == file_rows("affiliations")
    assert loaded["membership"] == file_rows("memberships")
    assert loaded["actor_theme"] == file_rows("actor_themes")
    assert loaded["story"] == file_rows("stories")
    assert loaded["assessment_score"] == file_rows("assessments")
    assert loaded["assessment"] == 28  # 13 schools and the partnership, 2023 and 2025
    assert f"{loaded['actor']} actors" in message and f"{loaded['tie']} ties" in message
    again = seed_demo(engine)
    assert "already" in again and str(loaded["actor"]) in again
    assert counts(engine) == loaded


def test_seed_demo_into_a_used_database_changes_nothing(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            Actor.__table__.insert().values(
                key="X1", kind="organisation", type="school", name="Eigen school", attributes={}
            )
        )
    before = counts(engine)
    assert "already" in seed_demo(engine)
    assert counts(engine) == before == {**before, "actor": 1}


def test_forced_second_load_updates_instead_of_duplicating(engine: Engine) -> None:
    seed_demo(engine)
    first = counts(engine)
    seed_demo(engine, if_empty=False)
    assert counts(engine) == first


def test_loaded_demo_shows_its_planted_facts(sqlite_url: str) -> None:
    from db.engine import make_engine
    from db.queries.network import read_network
    from graph.expertise import find_gaps, should_meet
    from graph.experts import ExpertQuery, find_experts

    engine = make_engine(sqlite_url)
    seed_demo(engine)
    records = read_network(engine)
    engine.dispose()
    key = {a.id: a.key for a in records.actors}
    ids = {a.key: a.id for a in records.actors}
    gaps = {(g.theme, g.kind) for g in find_gaps(records)}
    assert (d.NO_SUPPLY_THEMES[0], "no_supply") in gaps
    assert (d.SINGLE_SUPPLY_THEME, "single_supplier") in gaps
    assert (d.UNCONNECTED_THEME, "unconnected") in gaps
    top = {frozenset((key[m.first], key[m.second])) for m in should_meet(records)[:2]}
    assert top == {frozenset(p[:2]) for p in d.SHOULD_MEET_PAIRS}
    query = ExpertQuery(
        asker=ids[d.DEMO_ASKER],
        themes=(d.DEMO_QUESTION_THEME,),
        outside_own_organisation=True,
        kinds=("person",),
    )
    best = find_experts(records, query)[0]
    assert best.actor.key == d.DEMO_BEST_EXPERT
    assert tuple(key[n] for n in best.path.nodes) == d.DEMO_INTRODUCTION_PATH
