"""The demo is deterministic and the committed files are exactly a fresh generation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seeds.demo import COLUMNS, FILES_DIR, generate, main, render

ROOT = Path(__file__).resolve().parents[2]


def test_two_generations_are_identical() -> None:
    assert render(generate()) == render(generate())


def test_another_seed_gives_another_partnership() -> None:
    assert render(generate(7))["ties.csv"] != render(generate())["ties.csv"]


def test_committed_files_equal_a_fresh_generation() -> None:
    fresh = render(generate())
    committed = {p.name: p.read_bytes() for p in FILES_DIR.glob("*.csv")}
    assert set(committed) == {f"{name}.csv" for name in COLUMNS}
    for name, text in fresh.items():
        assert committed[name] == text.encode("utf-8"), f"{name} is stale: run python -m seeds.demo"


def test_main_writes_the_same_bytes(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path)]) == 0
    for path in FILES_DIR.glob("*.csv"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_module_runs_as_a_command_whatever_the_hash_seed(tmp_path: Path, hash_seed: str) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the files must not."""
    out = tmp_path / "files"
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-m", "seeds.demo", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=env,
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in COLUMNS)
    for path in FILES_DIR.glob("*.csv"):
        assert (out / path.name).read_bytes() == path.read_bytes()


def test_files_have_the_documented_headers() -> None:
    for name, cols in COLUMNS.items():
        header = (FILES_DIR / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(cols)
