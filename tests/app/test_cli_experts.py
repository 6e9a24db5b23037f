"""``collabnet experts`` on a real migrated SQLite file holding the demo partnership."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from db.engine import make_engine
from db.queries import read_network
from seeds.demo import (
    DEMO_ASKER,
    DEMO_BEST_EXPERT,
    DEMO_INTRODUCTION_PATH,
    DEMO_QUESTION_THEME,
    NO_SUPPLY_THEMES,
    seed_demo,
)


@pytest.fixture(scope="module")
def demo_url(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-experts") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine, if_empty=False)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module")
def actors(demo_url: str) -> dict[str, object]:
    engine = make_engine(demo_url)
    try:
        return {a.key: a for a in read_network(engine).actors}
    finally:
        engine.dispose()


def experts(url: str, *args: str):
    result = CliRunner().invoke(cli, ["--database-url", url, "experts", *args])
    return result


def test_json_lists_the_planted_expert_with_her_warm_path(demo_url, actors) -> None:
    result = experts(
        demo_url, "--theme", DEMO_QUESTION_THEME, "--for", DEMO_ASKER, "--json", "--limit", "5"
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["asker"] == DEMO_ASKER
    assert payload["themes"] == [DEMO_QUESTION_THEME]
    people = [c for c in payload["candidates"] if c["kind"] == "person"]
    best = people[0]
    assert best["key"] == DEMO_BEST_EXPERT
    assert best["path"]["actors"] == list(DEMO_INTRODUCTION_PATH)
    assert best["path"]["relations"] == ["tie", "tie", "tie"]
    assert {"theme": DEMO_QUESTION_THEME, "level": "expert"} in best["evidence"]["stated"]
    assert [c["rank"] for c in payload["candidates"]] == [1, 2, 3, 4, 5]
    scores = [c["score"] for c in payload["candidates"]]
    assert scores == sorted(scores, reverse=True)
    # the score is the documented weighted mean of its parts (docs/experts.md)
    parts = best["parts"]
    expected = (
        0.5 * parts["expertise"]
        + 0.2 * parts["proximity"]
        + 0.15 * parts["availability"]
        + 0.15 * parts["preference"]
    )
    assert best["score"] == pytest.approx(expected, abs=1e-6)


def test_blocks_in_dutch_by_exact_name_and_label(demo_url, actors) -> None:
    asker = actors[DEMO_ASKER].name
    result = experts(demo_url, "--theme", "dyslexieprotocol", "--for", asker, "--limit", "3")
    assert result.exit_code == 0, result.output
    blocks = result.stdout.strip().split("\n\n")
    assert len(blocks) == 3
    assert [b.split(".", 1)[0] for b in blocks] == ["1", "2", "3"]
    expert_block = next(b for b in blocks if f"[{DEMO_BEST_EXPERT}]" in b)
    score_line = expert_block.splitlines()[1].strip()
    assert re.fullmatch(
        r"Score 0\.\d{3} = \(expertise \d\.\d\d x 0\.50 \+ nabijheid \d\.\d\d x 0\.20 "
        r"\+ beschikbaarheid \d\.\d\d x 0\.15 \+ voorkeuren \d\.\d\d x 0\.15\) / 1\.00",
        score_line,
    ), score_line
    assert "Noemt dyslexieprotocol als expertise (niveau: expert)" in expert_block
    names = [actors[k].name for k in DEMO_INTRODUCTION_PATH]
    path_line = next(line for line in expert_block.splitlines() if "Warme introductie:" in line)
    assert path_line.strip() == (
        f"Warme introductie: {names[0]} werkt samen met {names[1]}; "
        f"{names[1]} werkt samen met {names[2]}; {names[2]} werkt samen met {names[3]}."
    )


def test_english_and_outside_own_organisation(demo_url, actors) -> None:
    asker = actors[DEMO_ASKER]
    result = experts(
        demo_url, "--theme", "dyslexia protocol", "--for", DEMO_ASKER,
        "--outside-own-organisation", "--json", "--language", "en", "--limit", "50",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    candidates = json.loads(result.stdout)["candidates"]
    own = {actors[k].id for k in actors} & set(asker.organisation_ids)
    own_keys = {k for k, a in actors.items() if a.id in own}
    assert candidates
    for c in candidates:
        assert c["key"] not in own_keys
        assert not set(c["organisations"]) & own_keys
    assert candidates[0]["path_text"].endswith(".")
    assert " works " in json.dumps([c["path_text"] for c in candidates])


def test_nobody_has_the_expertise(demo_url) -> None:
    result = experts(demo_url, "--theme", NO_SUPPLY_THEMES[0], "--for", DEMO_ASKER)
    assert result.exit_code == 0
    assert "Niemand in het partnerschap heeft hier aantoonbare expertise in." in result.stdout


def test_unknown_actor_is_a_plain_error_with_closest_matches(demo_url, actors) -> None:
    name = actors[DEMO_ASKER].name
    result = experts(demo_url, "--theme", DEMO_QUESTION_THEME, "--for", name[:-1])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"no person or organisation with id or name {name[:-1]!r}" in result.stderr
    assert f"closest: {name} ({DEMO_ASKER})" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_theme_is_a_plain_error_with_closest_matches(demo_url) -> None:
    result = experts(demo_url, "--theme", "dyslexie", "--for", DEMO_ASKER)
    assert result.exit_code == 2
    assert "unknown theme 'dyslexie'; closest: dyslexia (dyslexieprotocol)" in result.stderr


def test_bad_language_and_unmigrated_database(demo_url, tmp_path) -> None:
    result = experts(demo_url, "--theme", "dyslexia", "--for", DEMO_ASKER, "--language", "fr")
    assert result.exit_code == 2
    assert "--language must be nl or en" in result.stderr
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    result = experts(empty, "--theme", "dyslexia", "--for", DEMO_ASKER)
    assert result.exit_code == 1
    assert "not set up yet; run `collabnet db upgrade` first" in result.stderr


def test_free_text_only_finds_the_dyslexia_expert_with_her_own_evidence(demo_url) -> None:
    result = experts(
        demo_url, "--text", "kinderen met leesproblemen in groep 3", "--for", "P068", "--json"
    )
    assert result.exit_code == 0, result.output
    best = json.loads(result.stdout)["candidates"][0]
    assert best["key"] == DEMO_BEST_EXPERT
    assert {"theme": DEMO_QUESTION_THEME, "level": "expert"} in best["evidence"]["stated"]
    topics = {t["theme"]: t for t in best["evidence"]["topics"]}
    assert topics[DEMO_QUESTION_THEME]["ties"] >= 1
    assert best["evidence"]["texts"] == [
        "dyslexiespecialist; traint collega's in het dyslexieprotocol"
    ]


def test_a_question_of_only_stop_words_or_nothing_is_a_usage_error(demo_url) -> None:
    only_stop_words = experts(demo_url, "--text", "hoe kunnen we in groep 5", "--for", "P068")
    assert only_stop_words.exit_code == 2
    assert "geen woorden waar expertise bij hoort" in only_stop_words.stderr
    nothing = experts(demo_url, "--for", "P068")
    assert nothing.exit_code == 2 and "--theme" in nothing.stderr
