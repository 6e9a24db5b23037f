"""Messages of the ties page (``/ties``)."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.ties": "Relaties",
        "ties.title": "Relaties",
        "ties.intro": (
            "Alle samenwerkingsrelaties met elk kenmerk uit het codeboek. Sorteer en filter "
            "per kolom; kies kolommen en exporteer als CSV."
        ),
        "ties.count": "{count} relaties",
        "ties.count_one": "1 relatie",
        "ties.empty": (
            "Er staan nog geen relaties in de database. Laad de demo met "
            "`collabnet seed demo` of importeer eigen bestanden via Importeren."
        ),
        "ties.columns": "Kolommen",
        "ties.export_csv": "Exporteer CSV",
        "ties.export_filename": "relaties.csv",
        "ties.yes": "ja",
        "ties.no": "nee",
        "ties.col.key": "Id",
        "ties.col.source": "Van (initiatiefnemer)",
        "ties.col.source_type": "Type van",
        "ties.col.target": "Met (partner)",
        "ties.col.target_type": "Type met",
        "ties.col.directed": "Gericht",
        "ties.col.source_role": "Rol van",
        "ties.col.target_role": "Rol met",
        "ties.col.frequency": "Frequentie",
        "ties.col.voluntariness": "Vrijwilligheid",
        "ties.col.mode": "Vorm",
        "ties.col.participation": "Deelname",
        "ties.col.scope": "Reikwijdte",
        "ties.col.intake": "Instap",
        "ties.col.follow_up": "Opvolging",
        "ties.col.decision_making": "Besluitvorming",
        "ties.col.autonomy": "Autonomie",
        "ties.col.start": "Begin",
        "ties.col.end": "Einde",
        "ties.col.themes": "Thema's",
        "ties.col.motives": "Beweegredenen",
        "ties.col.conditions": "Randvoorwaarden",
        "ties.col.learning_question": "Leervraag",
        "ties.col.weight": "Gewicht",
    },
    "en": {
        "nav.ties": "Ties",
        "ties.title": "Ties",
        "ties.intro": (
            "Every collaboration tie with each codebook attribute. Sort and filter by "
            "column; choose columns and export as CSV."
        ),
        "ties.count": "{count} ties",
        "ties.count_one": "1 tie",
        "ties.empty": (
            "There are no ties in the database yet. Load the demo with "
            "`collabnet seed demo` or import your own files under Import."
        ),
        "ties.columns": "Columns",
        "ties.export_csv": "Export CSV",
        "ties.export_filename": "ties.csv",
        "ties.yes": "yes",
        "ties.no": "no",
        "ties.col.key": "Id",
        "ties.col.source": "From (initiator)",
        "ties.col.source_type": "Type from",
        "ties.col.target": "With (partner)",
        "ties.col.target_type": "Type with",
        "ties.col.directed": "Directed",
        "ties.col.source_role": "Role from",
        "ties.col.target_role": "Role with",
        "ties.col.frequency": "Frequency",
        "ties.col.voluntariness": "Voluntariness",
        "ties.col.mode": "Mode",
        "ties.col.participation": "Participation",
        "ties.col.scope": "Scope",
        "ties.col.intake": "Intake",
        "ties.col.follow_up": "Follow-up",
        "ties.col.decision_making": "Decision making",
        "ties.col.autonomy": "Autonomy",
        "ties.col.start": "Start",
        "ties.col.end": "End",
        "ties.col.themes": "Themes",
        "ties.col.motives": "Motives",
        "ties.col.conditions": "Conditions",
        "ties.col.learning_question": "Learning question",
        "ties.col.weight": "Weight",
    },
}

register_messages(MESSAGES)
