"""The whole network as :class:`graph.records.NetworkRecords`, read in one snapshot."""

from __future__ import annotations

from db.codebook import codebook_records
from db.queries.actors import read_actor_themes, read_actors, read_affiliations, read_memberships
from db.queries.common import Source, entry_codes, gc_paused, snapshot
from db.queries.outcomes import read_assessments, read_stories
from db.queries.ties import read_ties
from db.revision import current_revision
from graph.records import NetworkRecords


def read_network(source: Source) -> NetworkRecords:
    """Everything graph/ needs, consistent with one revision.

    ``source`` is an Engine (a read-only snapshot is opened) or a Connection (read in
    the caller's transaction). Records are ordered by id; link lists (themes, motives,
    conditions, scores) by codebook/checklist order.
    """
    with gc_paused(), snapshot(source) as conn:
        codes = entry_codes(conn)
        affiliations = read_affiliations(conn)
        return NetworkRecords(
            actors=read_actors(conn, affiliations),
            ties=read_ties(conn),
            affiliations=affiliations,
            memberships=read_memberships(conn),
            actor_themes=read_actor_themes(conn, codes),
            stories=read_stories(conn),
            assessments=read_assessments(conn),
            codebook=codebook_records(conn),
            revision=current_revision(conn),
        )
