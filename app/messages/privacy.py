"""Messages of the privacy pages: the data inventory and the erase button."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "privacy.footer": "Privacy en gegevens",
        "privacy.title": "Privacy: welke persoonsgegevens collabnet bewaart",
        "privacy.intro": (
            "Voor de functionaris gegevensbescherming: elk persoonsgegeven, waarom het "
            "bewaard wordt, wie het kan zien en hoe lang. Personen die niet bij naam "
            "getoond mogen worden, zien alle rollen onder beheerder als pseudoniem. "
            "Inzage: `collabnet person export ID --out bestand.json`; wissen: "
            "`collabnet person erase ID` of de knop op de actorpagina (beheerder)."
        ),
        "privacy.col.field": "Gegevens",
        "privacy.col.purpose": "Waarom bewaard",
        "privacy.col.roles": "Wie kan het zien",
        "privacy.col.note": "Hoe getoond",
        "privacy.col.retention": "Bewaartermijn",
        "privacy.nobody": "niemand",
        "privacy.role.viewer": "kijker",
        "privacy.role.editor": "redacteur",
        "privacy.role.researcher": "onderzoeker",
        "privacy.role.admin": "beheerder",
        "privacy.erase.open": "Deze persoon wissen",
        "privacy.erase.title": "{name} definitief wissen?",
        "privacy.erase.body": (
            "Dit verwijdert de persoon, hun relaties, lidmaatschappen, thema's en "
            "verhalen over hun relaties, en vervangt hun naam in alle andere teksten door "
            "[verwijderd]. Dit kan niet ongedaan worden gemaakt."
        ),
        "privacy.erase.confirm": "Definitief wissen",
        "privacy.erase.cancel": "Annuleren",
        "privacy.erase.done": "De persoon is gewist.",
        "privacy.erase.back": "Terug naar de actoren",
        "privacy.erase.refused": "Alleen een beheerder kan personen wissen.",
        "privacy.erase.gone": "Deze actor bestaat niet (meer).",
    },
    "en": {
        "privacy.footer": "Privacy and data",
        "privacy.title": "Privacy: which personal data collabnet keeps",
        "privacy.intro": (
            "For the data protection officer: each personal field, why it is kept, who "
            "can see it and for how long. Persons who may not be named appear under a "
            "pseudonym for every role below admin. Access: "
            "`collabnet person export ID --out file.json`; erasure: "
            "`collabnet person erase ID` or the button on the actor page (admin)."
        ),
        "privacy.col.field": "Data",
        "privacy.col.purpose": "Why it is kept",
        "privacy.col.roles": "Who can see it",
        "privacy.col.note": "How it is shown",
        "privacy.col.retention": "Retention",
        "privacy.nobody": "nobody",
        "privacy.role.viewer": "viewer",
        "privacy.role.editor": "editor",
        "privacy.role.researcher": "researcher",
        "privacy.role.admin": "admin",
        "privacy.erase.open": "Erase this person",
        "privacy.erase.title": "Erase {name} for good?",
        "privacy.erase.body": (
            "This removes the person, their ties, memberships, themes and the stories "
            "about their ties, and replaces their name in every other text by "
            "[verwijderd]. It cannot be undone."
        ),
        "privacy.erase.confirm": "Erase for good",
        "privacy.erase.cancel": "Cancel",
        "privacy.erase.done": "The person has been erased.",
        "privacy.erase.back": "Back to the actors",
        "privacy.erase.refused": "Only an admin can erase persons.",
        "privacy.erase.gone": "This actor does not exist (any more).",
    },
}

register_messages(MESSAGES)
