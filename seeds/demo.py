"""The demo partnership: a deterministic, fictional partnership as import files.

``python -m seeds.demo --out seeds/files`` regenerates the committed files; the same
seed always gives byte-identical files (one ``random.Random``, no clock). The planted
structure that later features must find is named in ``seeds.planted`` and re-exported
here; docs/demo.md explains it. ``seed_demo`` loads the files through the importer,
so the demo exercises the same path as a user's own data.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
from pathlib import Path
from typing import Any

from seeds.collaboration import draw_ties
from seeds.names import GROUPS
from seeds.outcomes import assessments, stories
from seeds.planted import (  # noqa: F401 - re-exported: the planted facts by name
    BROKER_EDUCATOR,
    BROKER_LECTOR,
    BROKERS,
    DEMO_ASKER,
    DEMO_BEST_EXPERT,
    DEMO_INTRODUCTION_PATH,
    DEMO_QUESTION_THEME,
    GATEWAY_PERSON,
    GATEWAY_SCHOOL,
    ISOLATED_SCHOOLS,
    MUNICIPALITIES,
    NO_SUPPLY_THEMES,
    PERIOD_END,
    PERIOD_START,
    REGIONAL_CLUSTERS,
    SCHOOL_YEARS,
    SEED,
    SELF_IMAGE_MISMATCH_SCHOOL,
    SHOULD_MEET_PAIRS,
    SINGLE_SUPPLY_PERSON,
    SINGLE_SUPPLY_THEME,
    THEMATIC_CLUSTERS,
    UNCONNECTED_DEMAND_ORGS,
    UNCONNECTED_SUPPLY,
    UNCONNECTED_THEME,
)
from seeds.structure import Row, build
from seeds.ties import memberships

FILES_DIR = Path(__file__).resolve().parent / "files"

COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": (
        "id",
        "name",
        "type",
        "sector",
        "region",
        "career_phase",
        "description",
        "consent",
        "lawful_basis",
        "may_be_named",
    ),
    "affiliations": ("person", "organisation", "function", "start", "end"),
    "memberships": ("actor", "group", "role", "start", "end"),
    "actor_themes": ("actor", "theme", "relation", "level", "description"),
    "ties": (
        "id",
        "source",
        "target",
        "directed",
        "frequency",
        "voluntariness",
        "mode",
        "participation",
        "scope",
        "intake",
        "follow_up",
        "decision_making",
        "autonomy",
        "source_role",
        "target_role",
        "start",
        "end",
        "themes",
        "motives",
        "conditions",
        "learning_question",
    ),
    "stories": ("id", "tie", "group", "title", "text", "level", "outcome_kind", "date", "themes"),
    "assessments": ("actor", "checklist", "date", "statement", "score", "note"),
}


def generate(seed: int = SEED) -> dict[str, list[Row]]:
    """Every table of the demo as rows of strings, in file order."""
    rng = random.Random(seed)
    pt = build(rng)
    from seeds.ties import TieRules  # local: keeps the public surface of this module small

    member_rows, members = memberships(pt, TieRules(pt), rng)
    ties = draw_ties(pt, members, rng)
    story_rows = stories(pt, ties, members, rng)
    actors = []
    persons = 0
    for row in pt.actors:
        person = row["id"] in pt.orgs_of
        sector = pt.sector[pt.orgs_of[row["id"]][0]] if person else row["sector"]
        privacy = {"consent": "", "lawful_basis": "", "may_be_named": ""}
        if person:
            persons += 1
            privacy = person_privacy(persons)
        actors.append({**row, "sector": sector, **privacy})
    for gid, name, type_, desc, theme, region in GROUPS:
        actors.append(
            {
                "id": gid,
                "name": name,
                "type": type_,
                "sector": "",
                "region": region,
                "career_phase": "",
                "description": desc,
                "consent": "",
                "lawful_basis": "",
                "may_be_named": "",
            }
        )
        pt.theme(gid, theme, "priority")
    return {
        "actors": actors,
        "affiliations": pt.affiliations,
        "memberships": member_rows,
        "actor_themes": pt.actor_themes,
        "ties": ties,
        "stories": story_rows,
        "assessments": assessments(pt, rng),
    }


def person_privacy(index: int) -> dict[str, str]:
    """The n-th person's privacy fields: every fourth may not be named.

    A fixed rule, not a draw from the seeded generator, so the rest of the demo stays
    byte-identical. Those not named are kept on legitimate interest (the partnership's
    own register), the others by consent.
    """
    if index % NOT_NAMED_EVERY == 0:
        return {"consent": "", "lawful_basis": "legitimate_interest", "may_be_named": "nee"}
    return {"consent": "ja", "lawful_basis": "consent", "may_be_named": "ja"}


NOT_NAMED_EVERY = 4


def render(tables: dict[str, list[Row]]) -> dict[str, str]:
    """File name -> CSV text (comma, UTF-8, ``\\n`` line ends, fixed column order)."""
    out = {}
    for name, cols in COLUMNS.items():
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(tables[name])
        out[f"{name}.csv"] = buf.getvalue()
    return out


def write_files(out: Path, seed: int = SEED) -> list[Path]:
    """Write the demo's import files into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for fname, text in render(generate(seed)).items():
        path = out / fname
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def seed_demo(engine: Any, *, if_empty: bool = True) -> str:
    """Load seeds/files through the importer, unless the database already has actors.

    Going through ``db.imports`` means the demo is validated like any user's files;
    with ``if_empty`` a second call changes nothing.
    """
    from sqlalchemy import func, select

    from db.imports import import_files
    from db.models import Actor

    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Actor)).scalar_one()
    if if_empty and count:
        return f"Database has {count} actors already; demo not loaded."
    files = sorted(FILES_DIR.glob("*.csv"))
    report = import_files(engine, files)
    made = report.created
    if not any(made.values()) and not any(report.updated.values()):
        return "Demo partnership is already loaded and unchanged; nothing was written."
    return (
        f"Demo partnership loaded from {len(files)} files: {made.get('actor', 0)} actors, "
        f"{made.get('tie', 0)} ties, {made.get('story', 0)} stories, "
        f"{made.get('assessment', 0)} assessments."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the demo partnership's import files.")
    parser.add_argument("--out", type=Path, default=FILES_DIR, help="directory for the CSV files")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    for path in write_files(args.out, args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
