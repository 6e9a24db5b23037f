"""Messages of the import page (``/import``)."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.import": "Importeren",
        "import.title": "Gegevens importeren",
        "import.intro": (
            "Upload een of meer CSV- of XLSX-bestanden (actoren, relaties, lidmaatschappen, "
            "thema's ...). collabnet controleert eerst elke rij en laat alle fouten zien; er "
            "wordt pas iets opgeslagen als u op Importeren klikt."
        ),
        "import.drop": "Sleep bestanden hierheen of klik om te kiezen",
        "import.limit": "CSV of XLSX; alle bestanden van één upload samen hoogstens {size}.",
        "import.add_themes": "Onbekende thema's aan het codeboek toevoegen",
        "import.confirm": "Importeren",
        "import.error_report": "Download foutenrapport (CSV)",
        "import.error_report_filename": "importfouten.csv",
        "import.templates": "Sjablonen",
        "import.templates_intro": (
            "Lege sjablonen met de juiste kolommen: één CSV per soort bestand, of één "
            "Excel-werkmap met een blad per soort."
        ),
        "import.template_zip": "Sjablonen CSV (zip)",
        "import.template_xlsx": "Sjabloon XLSX",
        "import.files": "Bestanden: {names}",
        "import.checked_ok": (
            "Alles in orde: {count} bestand(en) gecontroleerd. Er is nog niets opgeslagen; "
            "klik op Importeren om dit op te slaan."
        ),
        "import.checked_errors": (
            "{count} fout(en) gevonden. Er is niets opgeslagen. Verbeter de bestanden en "
            "upload ze opnieuw; het foutenrapport helpt daarbij."
        ),
        "import.imported": "Geïmporteerd en opgeslagen.",
        "import.would": "Dit wordt opgeslagen:",
        "import.did": "Opgeslagen:",
        "import.nothing": "Geen rijen om op te slaan.",
        "import.added_themes": "Nieuwe thema's in het codeboek: {names}",
        "import.created_actors": "Nieuwe actoren uit de randenlijst ({count}): {names}",
        "import.no_files": "Kies eerst een of meer bestanden.",
        "import.too_many": "Te veel bestanden tegelijk (hoogstens {limit}).",
        "import.unreadable_upload": "Het bestand kon niet worden ontvangen.",
        "import.col.file": "Bestand",
        "import.col.kind": "Soort",
        "import.col.rows": "Rijen",
        "import.col.table": "Tabel",
        "import.col.created": "Nieuw",
        "import.col.updated": "Bijgewerkt",
        "import.col.row": "Rij",
        "import.col.column": "Kolom",
        "import.col.value": "Waarde",
        "import.col.reason": "Probleem",
        "import.col.accepted": "Toegestaan",
        "import.col.suggestion": "Bedoelt u",
        "import.reason.unknown_code": "onbekende waarde voor deze kolom",
        "import.reason.unknown_theme": (
            "onbekend thema; vink 'Onbekende thema's aan het codeboek toevoegen' aan om het "
            "toe te voegen"
        ),
        "import.reason.unknown_header": (
            "kopregel niet herkend als importbestand ({kinds}); vergelijk hem met de "
            "sjablonen hieronder"
        ),
    },
    "en": {
        "nav.import": "Import",
        "import.title": "Import data",
        "import.intro": (
            "Upload one or more CSV or XLSX files (actors, ties, memberships, themes ...). "
            "collabnet first checks every row and shows every error; nothing is saved "
            "until you click Import."
        ),
        "import.drop": "Drag files here or click to choose",
        "import.limit": "CSV or XLSX; all files of one upload together at most {size}.",
        "import.add_themes": "Add unknown themes to the codebook",
        "import.confirm": "Import",
        "import.error_report": "Download error report (CSV)",
        "import.error_report_filename": "import-errors.csv",
        "import.templates": "Templates",
        "import.templates_intro": (
            "Empty templates with the right columns: one CSV per kind of file, or one Excel "
            "workbook with a sheet per kind."
        ),
        "import.template_zip": "Templates CSV (zip)",
        "import.template_xlsx": "Template XLSX",
        "import.files": "Files: {names}",
        "import.checked_ok": (
            "All fine: {count} file(s) checked. Nothing has been saved yet; click Import "
            "to save it."
        ),
        "import.checked_errors": (
            "{count} error(s) found. Nothing has been saved. Correct the files and upload "
            "them again; the error report helps."
        ),
        "import.imported": "Imported and saved.",
        "import.would": "This will be saved:",
        "import.did": "Saved:",
        "import.nothing": "No rows to save.",
        "import.added_themes": "New themes in the codebook: {names}",
        "import.created_actors": "New actors from the edge list ({count}): {names}",
        "import.no_files": "Choose one or more files first.",
        "import.too_many": "Too many files at once (at most {limit}).",
        "import.unreadable_upload": "The file could not be received.",
        "import.col.file": "File",
        "import.col.kind": "Kind",
        "import.col.rows": "Rows",
        "import.col.table": "Table",
        "import.col.created": "Created",
        "import.col.updated": "Updated",
        "import.col.row": "Row",
        "import.col.column": "Column",
        "import.col.value": "Value",
        "import.col.reason": "Problem",
        "import.col.accepted": "Accepted",
        "import.col.suggestion": "Did you mean",
        "import.reason.unknown_code": "unknown value for this column",
        "import.reason.unknown_theme": (
            "unknown theme; tick 'Add unknown themes to the codebook' to add it"
        ),
        "import.reason.unknown_header": (
            "header not recognised as an import file ({kinds}); compare it with the templates below"
        ),
    },
}

register_messages(MESSAGES)
