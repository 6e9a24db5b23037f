"""The committed demo files as DataFrames, and the two graphs the planted facts live in.

Everything is read straight from seeds/files with pandas and built with plain networkx,
independently of the generator's own bookkeeping, so the tests check the files that
users and the importer actually get.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

FILES = Path(__file__).resolve().parents[2] / "seeds" / "files"
CODEBOOK = Path(__file__).resolve().parents[2] / "db" / "codebook"


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(FILES / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def demo() -> dict[str, pd.DataFrame]:
    names = (
        "actors",
        "affiliations",
        "memberships",
        "actor_themes",
        "ties",
        "stories",
        "assessments",
    )
    return {n: read(n) for n in names}


@pytest.fixture(scope="session")
def codebook() -> pd.DataFrame:
    return pd.read_csv(CODEBOOK / "codebook.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def orgs_of(demo: dict[str, pd.DataFrame]) -> dict[str, set[str]]:
    """Actor id -> the organisations it stands for: a person its employers, an
    organisation itself (groups stand for none)."""
    actors = demo["actors"]
    kinds = dict(zip(actors["id"], actors["type"], strict=True))
    out: dict[str, set[str]] = {}
    for person, org in zip(
        demo["affiliations"]["person"], demo["affiliations"]["organisation"], strict=True
    ):
        out.setdefault(person, set()).add(org)
    org_types = {
        "school",
        "school_board",
        "teacher_education",
        "lectoraat",
        "university",
        "company",
        "out_of_school_partner",
        "partnership",
    }
    for actor, type_ in kinds.items():
        if type_ in org_types:
            out[actor] = {actor}
    return out


@pytest.fixture(scope="session")
def tie_graph(demo: dict[str, pd.DataFrame]) -> nx.Graph:
    """Undirected graph of all ties between actors (persons and organisations)."""
    g = nx.Graph()
    g.add_nodes_from(demo["actors"]["id"])
    g.add_edges_from(zip(demo["ties"]["source"], demo["ties"]["target"], strict=True))
    return g


@pytest.fixture(scope="session")
def org_graph(demo: dict[str, pd.DataFrame], orgs_of: dict[str, set[str]]) -> nx.Graph:
    """Organisation-level network: every tie joins the organisations of its two ends."""
    g = nx.Graph()
    g.add_nodes_from(o for orgs in orgs_of.values() for o in orgs)
    for s, t in zip(demo["ties"]["source"], demo["ties"]["target"], strict=True):
        for u in orgs_of.get(s, set()):
            for v in orgs_of.get(t, set()):
                if u != v:
                    g.add_edge(u, v)
    return g
