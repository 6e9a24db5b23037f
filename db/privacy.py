"""Right to erasure (GDPR/AVG art. 17): delete a person and everything about them.

Everything that names the actor goes, in the caller's single transaction: ties from or
to them (with their codes and the value-creation stories told about those ties),
memberships, affiliations (both as the person and as the organisation), theme links,
assessments, stories on the actor as a group, and the actor row. The statements are
explicit rather than left to ON DELETE CASCADE so the erasure is complete even on a
connection where SQLite foreign keys were off, and so the caller gets counts to log.
Free text elsewhere (another story that mentions the person by name) cannot be found
by id; the report says so, and a search by name is the caller's job.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Actor,
    ActorTheme,
    Affiliation,
    Assessment,
    AssessmentScore,
    Membership,
    Story,
    StoryTheme,
    Tie,
    TieCode,
)


def erase_actor(session: Session, actor_id: int) -> dict[str, int]:
    """Delete actor ``actor_id`` and every row about them; return rows deleted per table.

    Runs inside the caller's transaction (use :func:`db.session.transaction`), so the
    erasure is all-or-nothing. Raises LookupError if there is no such actor.
    """
    if session.get(Actor, actor_id) is None:
        raise LookupError(f"no actor with id {actor_id}")
    session.flush()
    ties = select(Tie.id).where(or_(Tie.source_id == actor_id, Tie.target_id == actor_id))
    stories = select(Story.id).where(or_(Story.tie_id.in_(ties), Story.group_id == actor_id))
    assessments = select(Assessment.id).where(Assessment.actor_id == actor_id)
    steps = (
        ("story_theme", delete(StoryTheme).where(StoryTheme.story_id.in_(stories))),
        ("story", delete(Story).where(Story.id.in_(stories))),
        ("tie_code", delete(TieCode).where(TieCode.tie_id.in_(ties))),
        ("tie", delete(Tie).where(or_(Tie.source_id == actor_id, Tie.target_id == actor_id))),
        (
            "membership",
            delete(Membership).where(
                or_(Membership.actor_id == actor_id, Membership.group_id == actor_id)
            ),
        ),
        (
            "affiliation",
            delete(Affiliation).where(
                or_(Affiliation.person_id == actor_id, Affiliation.organisation_id == actor_id)
            ),
        ),
        ("actor_theme", delete(ActorTheme).where(ActorTheme.actor_id == actor_id)),
        (
            "assessment_score",
            delete(AssessmentScore).where(AssessmentScore.assessment_id.in_(assessments)),
        ),
        ("assessment", delete(Assessment).where(Assessment.actor_id == actor_id)),
        ("actor", delete(Actor).where(Actor.id == actor_id)),
    )
    counts: dict[str, int] = {}
    for table, statement in steps:
        result = session.execute(statement.execution_options(synchronize_session=False))
        counts[table] = int(getattr(result, "rowcount", 0) or 0)
    session.expire_all()
    return counts
