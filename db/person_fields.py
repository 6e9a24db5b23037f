"""The privacy fields of a person: lawful basis and whether they may be named.

Why here: the importer validates the lawful basis, the queries turn the stored fields
into ``ActorRecord.nameable``, and the person export writes them; all three use this
one rule. The naming *policy* (who sees a pseudonym) lives in app.privacy_policy.
"""

from __future__ import annotations

from typing import Final

# GDPR/AVG art. 6(1): the bases a partnership can rely on for professionals' data.
LAWFUL_BASES: Final = (
    "consent",
    "legitimate_interest",
    "contract",
    "public_task",
    "legal_obligation",
)


def is_nameable(kind: str | None, may_be_named: bool | None, consent: bool | None) -> bool:
    """Whether an actor may be shown by name to viewers below admin.

    Organisations and groups are not natural persons: always. A person: their explicit
    ``may_be_named``; when that was never recorded, only with recorded consent (the
    safe default for data imported before the field existed).
    """
    if kind in ("organisation", "group"):
        return True
    if may_be_named is not None:
        return bool(may_be_named)
    return consent is True
