"""The UI message catalogue (Dutch and English) and the language of a request.

Every piece of interface text lives here, keyed by a stable English id, so a page
never hard-codes a sentence and a test can prove both catalogues are complete.
Codebook values (actor types, sectors, ...) are NOT here: their labels are data in
the codebook table and come from the database.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("nl", "en")
DEFAULT_LANGUAGE: Final = "nl"

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "app.title": "collabnet",
        "app.tagline": "Samenwerkingsnetwerken in onderwijspartnerschappen",
        "nav.actors": "Actoren",
        "nav.language": "Taal",
        "lang.nl": "NL",
        "lang.en": "EN",
        "actors.title": "Actoren",
        "actors.intro": (
            "Alle organisaties, personen en groepen in het partnerschap. "
            "Sorteer en filter per kolom; kies kolommen en exporteer als CSV."
        ),
        "actors.count": "{count} actoren",
        "actors.count_one": "1 actor",
        "actors.empty": (
            "Er staan nog geen actoren in de database. Laad de demo met "
            "`collabnet seed demo` of importeer eigen bestanden met `collabnet import`."
        ),
        "actors.columns": "Kolommen",
        "actors.export_csv": "Exporteer CSV",
        "actors.export_filename": "actoren.csv",
        "col.key": "Id",
        "col.name": "Naam",
        "col.type": "Type",
        "col.kind": "Soort",
        "col.sector": "Sector",
        "col.region": "Regio",
        "col.organisations": "Organisatie(s)",
        "error.database": (
            "De database kon niet worden gelezen. Is hij gemigreerd? "
            "Voer `collabnet db upgrade` uit."
        ),
        "notfound.title": "Pagina niet gevonden",
        "notfound.body": "Deze pagina bestaat niet.",
        "notfound.back": "Naar de actoren",
    },
    "en": {
        "app.title": "collabnet",
        "app.tagline": "Collaboration networks in education partnerships",
        "nav.actors": "Actors",
        "nav.language": "Language",
        "lang.nl": "NL",
        "lang.en": "EN",
        "actors.title": "Actors",
        "actors.intro": (
            "Every organisation, person and group in the partnership. "
            "Sort and filter by column; choose columns and export as CSV."
        ),
        "actors.count": "{count} actors",
        "actors.count_one": "1 actor",
        "actors.empty": (
            "There are no actors in the database yet. Load the demo with "
            "`collabnet seed demo` or import your own files with `collabnet import`."
        ),
        "actors.columns": "Columns",
        "actors.export_csv": "Export CSV",
        "actors.export_filename": "actors.csv",
        "col.key": "Id",
        "col.name": "Name",
        "col.type": "Type",
        "col.kind": "Kind",
        "col.sector": "Sector",
        "col.region": "Region",
        "col.organisations": "Organisation(s)",
        "error.database": (
            "The database could not be read. Has it been migrated? Run `collabnet db upgrade`."
        ),
        "notfound.title": "Page not found",
        "notfound.body": "This page does not exist.",
        "notfound.back": "Go to the actors",
    },
}


def register_messages(catalogue: dict[str, dict[str, str]]) -> None:
    """Add a feature module's messages (e.g. app/messages/expertise.py) to the catalogue.

    Feature modules keep their own dicts so two pages never edit the same one; a key
    registered twice with different text is a bug and raises ValueError.
    """
    if set(catalogue) != set(LANGUAGES):
        raise ValueError(f"a catalogue needs exactly the languages {LANGUAGES}")
    for language, messages in catalogue.items():
        for key, text in messages.items():
            if MESSAGES[language].get(key, text) != text:
                raise ValueError(f"message {key!r} is already registered with other text")
        MESSAGES[language].update(messages)


def normalise_language(value: object, default: str = DEFAULT_LANGUAGE) -> str:
    """A supported language code from untrusted input (URL parameter, browser storage).

    Anything that is not exactly a known code (after trimming and lower-casing a short
    string) falls back to ``default``, so forged input can never pick a catalogue
    that does not exist.
    """
    fallback = default if default in LANGUAGES else DEFAULT_LANGUAGE
    if not isinstance(value, str) or len(value) > 8:
        return fallback
    code = value.strip().lower()
    return code if code in LANGUAGES else fallback


def t(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for ``key`` in ``language``, formatted with ``params``.

    An unknown key raises KeyError: a missing message is a bug a test should catch,
    not something to paper over with the key itself in the UI.
    """
    template = MESSAGES[normalise_language(language)][key]
    return template.format(**params) if params else template


def number_text(
    value: float, language: str, digits: int | None = None, significant: int = 3
) -> str:
    """A figure in the page's style: 1.234,5 and 0,25 in Dutch, 1,234.5 and 0.25 in English.

    The one place UI text formats a number, so a page never mixes decimal styles.
    Integers keep all digits; a float gets ``digits`` decimals, or else ``significant``
    significant digits (0.251, 12.3).
    """
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
    elif digits is not None:
        text = f"{float(value):,.{digits}f}"
    else:
        text = f"{float(value):,.{significant}g}"
    if normalise_language(language) == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def count_text(count: int, language: str, key: str = "actors.count") -> str:
    """ "1 actor" / "12 actors": the singular has its own message."""
    if count == 1 and f"{key}_one" in MESSAGES[normalise_language(language)]:
        return t(f"{key}_one", language)
    return t(key, language, count=number_text(count, language))
