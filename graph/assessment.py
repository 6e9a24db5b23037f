"""Self-assessment beside the network: checklist results and structural indicators.

The checklists of seed text 002 ("Checklist lerende organisatie", "Checklist lerend
partnerschap") are scored 1 (nog in startfase), 2 (gedeeltelijk ontwikkeld) or 3
(sterk ontwikkeld). Next to the self-image we show network indicators that relate to
the same ideas. They are indicators, not proof: a school can have a rich outside
network that its ties in collabnet do not show.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from graph.records import AssessmentRecord, NetworkRecords


@dataclass(frozen=True, slots=True)
class Statement:
    """A checklist statement as graph/ needs it (code, checklist, section, number)."""

    code: str
    checklist: str
    section: str
    number: int


@dataclass(frozen=True, slots=True)
class SectionScore:
    """Mean score of one section, with how many statements were answered."""

    section: str
    mean: float | None
    answered: int
    total: int


def section_scores(assessment: AssessmentRecord, statements: list[Statement]) -> list[SectionScore]:
    """Mean score per section of the assessment's checklist, in checklist order."""
    scores = dict(assessment.scores)
    by_section: dict[str, list[Statement]] = defaultdict(list)
    for statement in sorted(statements, key=lambda s: (s.checklist, s.number)):
        if statement.checklist == assessment.checklist:
            by_section[statement.section].append(statement)
    result = []
    for section, members in by_section.items():
        values = [scores[s.code] for s in members if s.code in scores]
        mean = sum(values) / len(values) if values else None
        result.append(SectionScore(section, mean, len(values), len(members)))
    return result


@dataclass(frozen=True, slots=True)
class StatementChange:
    """A statement's score on two dates (None when not answered then)."""

    code: str
    before: int | None
    after: int | None

    @property
    def change(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def compare_assessments(before: AssessmentRecord, after: AssessmentRecord) -> list[StatementChange]:
    """Statement by statement change between two assessments of the same checklist."""
    if before.checklist != after.checklist:
        raise ValueError(f"cannot compare checklist {before.checklist!r} with {after.checklist!r}")
    old, new = dict(before.scores), dict(after.scores)
    return [StatementChange(code, old.get(code), new.get(code)) for code in sorted(old | new)]


@dataclass(frozen=True, slots=True)
class StructuralIndicators:
    """Network figures that relate to checklist ideas, for one organisation or the whole.

    - outside_share: share of the organisation's people's ties that reach outside the
      organisation ("leraren beschikken over een netwerk buiten de school");
    - outside_partners: number of distinct outside actors reached;
    - reciprocity and clustering: relationship building (seed 003); an undirected tie
      counts as reciprocated;
    - degree_centralisation: Freeman degree centralisation of the network, low values
      go with shared leadership (seed 003);
    - tie_count: the ties counted (0 for an isolated organisation, whose centralisation
      of 0 says "nothing to share", not "shared leadership").
    Values are None where they are undefined (no ties, fewer than three actors).
    """

    outside_share: float | None
    outside_partners: int
    reciprocity: float | None
    clustering: float | None
    degree_centralisation: float | None
    tie_count: int = 0


def structural_indicators(
    records: NetworkRecords, organisation_id: int | None = None
) -> StructuralIndicators:
    """Indicators for one organisation (its people and itself) or, with None, the whole."""
    actors = records.actor_by_id()
    if organisation_id is None:
        inside = set(actors)
    else:
        inside = {organisation_id} | {
            a.id for a in records.actors if organisation_id in a.organisation_ids
        }
    ties = [t for t in records.ties if t.source in inside or t.target in inside]
    outside_ties = [t for t in ties if not (t.source in inside and t.target in inside)]
    partners = {t.target if t.source in inside else t.source for t in outside_ties}
    directed = nx.DiGraph()
    directed.add_nodes_from(inside)
    directed.add_edges_from((t.source, t.target) for t in ties if t.source != t.target)
    # An undirected tie is a mutual collaboration: it counts as reciprocated.
    directed.add_edges_from(
        (t.target, t.source) for t in ties if not t.directed and t.source != t.target
    )
    undirected = directed.to_undirected()
    return StructuralIndicators(
        outside_share=(len(outside_ties) / len(ties)) if ties and organisation_id else None,
        outside_partners=len(partners) if organisation_id else 0,
        reciprocity=nx.overall_reciprocity(directed) if directed.number_of_edges() else None,
        clustering=nx.transitivity(undirected) if undirected.number_of_edges() else None,
        degree_centralisation=freeman_degree_centralisation(undirected),
        tie_count=len(ties),
    )


def freeman_degree_centralisation(graph: nx.Graph) -> float | None:
    """Freeman (1979) degree centralisation: sum(max - d_i) / ((n-1)(n-2)); a star is 1.

    None for fewer than three nodes, where the measure is undefined.
    """
    n = graph.number_of_nodes()
    if n < 3:
        return None
    degrees = [d for _, d in graph.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))
