"""The data inventory (GDPR/AVG art. 30): every personal field, why, who sees it, how long.

Why a declared list in code: the /privacy page for the data protection officer is
rendered from it, and tests/app/test_privacy_inventory.py checks it against the
models, so a new column must be declared here, as personal (an :class:`Entry`) or as
not personal (:data:`NOT_PERSONAL`, with the reason), before the suite passes.
Tables that arrive with other features (accounts' ``user``) are declared ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ALL_ROLES: Final = ("viewer", "editor", "researcher", "admin")
STAFF: Final = ("editor", "admin")


@dataclass(frozen=True, slots=True)
class Entry:
    """One group of personal fields with one purpose, audience and retention."""

    table: str
    columns: tuple[str, ...]
    purpose: dict[str, str]  # language -> why it is kept
    roles: tuple[str, ...]  # who can see it
    note: dict[str, str]  # language -> how it is shown (pseudonyms, scrubbing)
    retention: dict[str, str]


_UNTIL_ERASED = {
    "nl": "Zolang de persoon in het partnerschap meedoet; gewist op verzoek of bij vertrek "
    "(`collabnet person erase`, of de knop op de actorpagina).",
    "en": "While the person takes part in the partnership; erased on request or on leaving "
    "(`collabnet person erase`, or the button on the actor page).",
}
_PSEUDONYMISED = {
    "nl": "Onder beheerder: personen die niet bij naam getoond mogen worden, krijgen een "
    "vast pseudoniem (P-...) op elke pagina en in elke export.",
    "en": "Below admin: persons who may not be named get a stable pseudonym (P-...) on "
    "every page and in every export.",
}
_SCRUBBED = {
    "nl": "Namen van niet-noembare personen in de tekst zijn onder beheerder vervangen "
    "door hun pseudoniem; bij wissen door [verwijderd].",
    "en": "Names of persons who may not be named are replaced by their pseudonym below "
    "admin; on erasure by [verwijderd].",
}
_LINKED = {
    "nl": "Gekoppeld aan de persoon via het actor-id; de tegenpartij verschijnt onder "
    "beheerder met pseudoniem als die niet genoemd mag worden.",
    "en": "Linked to the person by actor id; the counterpart appears under a pseudonym "
    "below admin when they may not be named.",
}
_ADMIN_ONLY = {"nl": "Alleen zichtbaar voor beheerders.", "en": "Visible to admins only."}
_STAFF_ONLY = {
    "nl": "Zichtbaar voor redacteuren en beheerders (in bewerkformulieren en exports).",
    "en": "Visible to editors and admins (in editing forms and exports).",
}

INVENTORY: Final[tuple[Entry, ...]] = (
    Entry(
        "actor",
        ("name", "short_name"),
        {
            "nl": "Herkennen wie met wie samenwerkt, zodat leden elkaar kunnen vinden.",
            "en": "Recognising who works with whom, so members can find each other.",
        },
        ALL_ROLES,
        _PSEUDONYMISED,
        _UNTIL_ERASED,
    ),
    Entry(
        "actor",
        ("key", "type", "sector", "region", "career_phase"),
        {
            "nl": "Functie, sector, regio en loopbaanfase: de netwerkanalyse per groep "
            "(homofilie, expertzoeker) en de import-id om bestanden bij te werken.",
            "en": "Role, sector, region and career phase: network analysis by group "
            "(homophily, expert finder) and the import id to update files.",
        },
        ALL_ROLES,
        _PSEUDONYMISED,
        _UNTIL_ERASED,
    ),
    Entry(
        "actor",
        ("description", "attributes"),
        {
            "nl": "Vrije toelichting en eigen velden van het partnerschap.",
            "en": "Free description and the partnership's own fields.",
        },
        STAFF,
        _STAFF_ONLY,
        _UNTIL_ERASED,
    ),
    Entry(
        "actor",
        ("consent", "consent_date", "lawful_basis", "may_be_named", "pseudonym"),
        {
            "nl": "Verantwoording: op welke grondslag (AVG art. 6) de gegevens bewaard "
            "worden, of er toestemming is en of de persoon bij naam getoond mag worden.",
            "en": "Accountability: the lawful basis (GDPR art. 6) for keeping the data, "
            "whether there is consent and whether the person may be shown by name.",
        },
        ("admin",),
        _ADMIN_ONLY,
        _UNTIL_ERASED,
    ),
    Entry(
        "affiliation",
        ("person_id", "organisation_id", "function", "start", "end"),
        {
            "nl": "Waar iemand werkt en in welke functie: netwerk op organisatieniveau.",
            "en": "Where someone works and in which function: the organisation-level network.",
        },
        ALL_ROLES,
        _LINKED,
        _UNTIL_ERASED,
    ),
    Entry(
        "membership",
        ("actor_id", "group_id", "role", "start", "end"),
        {
            "nl": "Deelname aan netwerken en werkgroepen (tweemodale gegevens).",
            "en": "Taking part in networks and working groups (two-mode data).",
        },
        ALL_ROLES,
        _LINKED,
        _UNTIL_ERASED,
    ),
    Entry(
        "tie",
        (
            "key",
            "source_id",
            "target_id",
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
            "weight",
        ),  # fmt: skip
        {
            "nl": "De samenwerking zelf en haar kenmerken: het netwerk en zijn analyse.",
            "en": "The collaboration itself and its attributes: the network and its analysis.",
        },
        ALL_ROLES,
        _LINKED,
        _UNTIL_ERASED,
    ),
    Entry(
        "tie",
        ("learning_question",),
        {
            "nl": "De leervraag achter een samenwerking, om van elkaar te leren.",
            "en": "The learning question behind a collaboration, to learn from each other.",
        },
        ALL_ROLES,
        _SCRUBBED,
        _UNTIL_ERASED,
    ),
    Entry(
        "actor_theme",
        ("actor_id", "theme_id", "relation", "level", "description"),
        {
            "nl": "Expertise, leervragen en speerpunten: de expertzoeker en de vraag-aanbodkaart.",
            "en": "Expertise, learning needs and priorities: the expert finder and the "
            "supply-demand map.",
        },
        ALL_ROLES,
        _SCRUBBED,
        _UNTIL_ERASED,
    ),
    Entry(
        "story",
        ("title", "text"),
        {
            "nl": "Waardecreatieverhalen: wat de samenwerking opleverde, in eigen woorden.",
            "en": "Value-creation stories: what the collaboration yielded, in own words.",
        },
        ALL_ROLES,
        _SCRUBBED,
        _UNTIL_ERASED,
    ),
    Entry(
        "assessment",
        ("note",),
        {
            "nl": "Toelichting bij een ingevulde checklist; kan personen noemen.",
            "en": "Note on a filled-in checklist; may mention persons.",
        },
        ALL_ROLES,
        _SCRUBBED,
        _UNTIL_ERASED,
    ),
    Entry(
        "user",
        ("name", "role"),
        {
            "nl": "Inloggen en rechten: wie mag wat zien en wijzigen.",
            "en": "Login and permissions: who may see and change what.",
        },
        ("admin",),
        _ADMIN_ONLY,
        {
            "nl": "Zolang het account bestaat (`collabnet user remove`).",
            "en": "While the account exists (`collabnet user remove`).",
        },
    ),
    Entry(
        "user",
        ("password_hash",),
        {
            "nl": "Wachtwoord controleren; alleen een argon2-hash, nooit het wachtwoord.",
            "en": "Checking the password; only an argon2 hash, never the password.",
        },
        (),
        {"nl": "Voor niemand zichtbaar.", "en": "Visible to nobody."},
        {
            "nl": "Zolang het account bestaat (`collabnet user remove`).",
            "en": "While the account exists (`collabnet user remove`).",
        },
    ),
)

#: "table.column" (or "table.*") -> why it is not personal data
NOT_PERSONAL: Final[dict[str, str]] = {
    "actor.id": "database id",
    "actor.kind": "organisation | person | group",
    "actor.created_at": "technical timestamp",
    "actor.updated_at": "technical timestamp",
    "affiliation.id": "database id",
    "membership.id": "database id",
    "actor_theme.id": "database id",
    "tie.id": "database id",
    "tie.created_at": "technical timestamp",
    "tie.updated_at": "technical timestamp",
    "tie_code.*": "links a tie to codebook codes",
    "story.id": "database id",
    "story.key": "import id of the story",
    "story.tie_id": "link to a tie (declared under tie)",
    "story.group_id": "link to a group, not a person",
    "story.level": "codebook code",
    "story.outcome_kind": "codebook code",
    "story.told_on": "date of the story",
    "story.created_at": "technical timestamp",
    "story.updated_at": "technical timestamp",
    "story_theme.*": "links a story to themes",
    "assessment.id": "database id",
    "assessment.actor_id": "an organisation or the partnership, never a person",
    "assessment.checklist": "checklist code",
    "assessment.assessed_on": "date",
    "assessment.created_at": "technical timestamp",
    "assessment.updated_at": "technical timestamp",
    "assessment_score.*": "scores of an organisation",
    "codebook_entry.*": "the codebook: labels, no persons",
    "checklist_statement.*": "checklist statements",
    "setting.*": "data revision and the pseudonym secret (never shown)",
    "user.id": "database id",
    "user.version": "optimistic lock counter",
    "user.created_at": "technical timestamp",
    "user.updated_at": "technical timestamp",
}


def declared_columns() -> set[str]:
    """Every ``table.column`` the inventory declares personal."""
    return {f"{e.table}.{c}" for e in INVENTORY for c in e.columns}


def is_declared(table: str, column: str) -> bool:
    """Whether a column is classified, as personal or as not personal."""
    name = f"{table}.{column}"
    return name in declared_columns() or name in NOT_PERSONAL or f"{table}.*" in NOT_PERSONAL
