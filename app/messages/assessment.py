"""Messages of the self-assessment page."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.assessment": "Zelfevaluatie",
        "assessment.title": "Zelfevaluatie naast het netwerk",
        "assessment.intro": (
            "Vul samen met collega's de checklist in (seed-tekst 'Samen leren en kennisdelen'): "
            "per uitspraak nog in startfase, gedeeltelijk of sterk ontwikkeld. Rechts het "
            "resultaat per onderdeel, de vergelijking in de tijd en met andere scholen, en de "
            "netwerkindicatoren die bij dezelfde ideeën horen."
        ),
        "assessment.actor": "Organisatie of partnerschap",
        "assessment.checklist": "Checklist",
        "assessment.checklist.learning_organisation": "Lerende organisatie (3 x 6 uitspraken)",
        "assessment.checklist.learning_partnership": "Lerend partnerschap (9 uitspraken)",
        "assessment.date": "Datum",
        "assessment.note": "Notitie (optioneel)",
        "assessment.save": "Opslaan",
        "assessment.saved": "{count} scores opgeslagen voor {actor} op {date}.",
        "assessment.saved_partial": (
            "Gedeeltelijk opgeslagen: {count} van de {total} uitspraken gescoord voor {actor} "
            "op {date}; {missing} ontbreken nog."
        ),
        "assessment.incomplete": (
            "Nog niet opgeslagen: {missing} van de {total} uitspraken hebben nog geen score. "
            "Vul ze aan, of kies 'Toch gedeeltelijk opslaan' om wat er nu staat al te bewaren "
            "({count} gescoord)."
        ),
        "assessment.save_partial": "Toch gedeeltelijk opslaan",
        "assessment.nothing": "Er is nog geen enkele uitspraak gescoord.",
        "assessment.choose_first": "Kies eerst een organisatie, een checklist en een datum.",
        "assessment.invalid": "Niet opgeslagen: {problems}",
        "assessment.not_allowed": "Je hebt geen rechten om een zelfevaluatie op te slaan.",
        "assessment.choose": "Kies een organisatie om de resultaten te zien.",
        "assessment.none_yet": "Voor {actor} is deze checklist nog niet ingevuld.",
        "assessment.results": "Resultaat per onderdeel",
        "assessment.first": "Datum A",
        "assessment.second": "Datum B",
        "assessment.changes": "Veranderd tussen de twee data",
        "assessment.no_changes": "Geen veranderingen (of kies twee data).",
        "assessment.change": "{text}: {before} → {after} ({sign}{change})",
        "assessment.compare": "Vergelijk met andere organisaties",
        "assessment.compare_title": "Laatste zelfevaluatie per organisatie",
        "assessment.compare_own.school": "{name} ({date}, deze school)",
        "assessment.compare_own.organisation": "{name} ({date}, deze organisatie)",
        "assessment.chart_title": "Gemiddelde score per onderdeel (1-3)",
        "assessment.mean": "gemiddelde",
        "assessment.indicators": "Het netwerk ernaast",
        "assessment.indicators_note": (
            "Dit zijn indicatoren, geen bewijs: een school kan een rijk netwerk hebben dat "
            "niet in collabnet staat. Gebruik ze als gespreksstof naast het zelfbeeld."
        ),
        "assessment.undefined": "niet te bepalen",
        "assessment.ind.outside_share": "Aandeel samenwerkingen buiten de organisatie",
        "assessment.ind.outside_share.why": (
            "Hoort bij 'leraren beschikken over een netwerk buiten de school, waar ze "
            "expertise halen'."
        ),
        "assessment.ind.outside_partners": "Aantal partners buiten de organisatie",
        "assessment.ind.outside_partners.why": "Hoe breed dat netwerk buiten de school is.",
        "assessment.ind.reciprocity": "Wederkerigheid",
        "assessment.ind.reciprocity.why": (
            "Aandeel samenwerkingen dat beide kanten op gaat: relaties opbouwen."
        ),
        "assessment.ind.clustering": "Clustering (transitiviteit)",
        "assessment.ind.clustering.why": (
            "Kennen de partners van een actor elkaar ook? Hoort bij relaties opbouwen."
        ),
        "assessment.ind.degree_centralisation": "Centralisatie (Freeman, graad)",
        "assessment.ind.degree_centralisation.why": (
            "Laag = het netwerk hangt niet aan één actor: hoort bij gedeeld leiderschap."
        ),
        "assessment.ind.isolated": "geen samenwerkingen",
        "assessment.ind.degree_centralisation.isolated": (
            "Er staat geen enkele samenwerking van deze organisatie of haar mensen in "
            "collabnet: ze staat los van het netwerk. Er is dus nog geen leiderschap om te "
            "delen; een eerste stap is contact met een school of partner in de buurt."
        ),
    },
    "en": {
        "nav.assessment": "Self-assessment",
        "assessment.title": "Self-assessment beside the network",
        "assessment.intro": (
            "Fill in the checklist together with colleagues (seed text 'Samen leren en "
            "kennisdelen'): per statement still starting, partly or strongly developed. On the "
            "right the result per section, the comparison over time and with other schools, "
            "and the network indicators that relate to the same ideas."
        ),
        "assessment.actor": "Organisation or partnership",
        "assessment.checklist": "Checklist",
        "assessment.checklist.learning_organisation": "Learning organisation (3 x 6 statements)",
        "assessment.checklist.learning_partnership": "Learning partnership (9 statements)",
        "assessment.date": "Date",
        "assessment.note": "Note (optional)",
        "assessment.save": "Save",
        "assessment.saved": "{count} scores saved for {actor} on {date}.",
        "assessment.saved_partial": (
            "Partly saved: {count} of the {total} statements scored for {actor} on {date}; "
            "{missing} still missing."
        ),
        "assessment.incomplete": (
            "Not saved yet: {missing} of the {total} statements have no score. Fill them in, "
            "or choose 'Save partly anyway' to keep what is there now ({count} scored)."
        ),
        "assessment.save_partial": "Save partly anyway",
        "assessment.nothing": "No statement has been scored yet.",
        "assessment.choose_first": "First choose an organisation, a checklist and a date.",
        "assessment.invalid": "Not saved: {problems}",
        "assessment.not_allowed": "You are not allowed to save a self-assessment.",
        "assessment.choose": "Choose an organisation to see the results.",
        "assessment.none_yet": "{actor} has not filled in this checklist yet.",
        "assessment.results": "Result per section",
        "assessment.first": "Date A",
        "assessment.second": "Date B",
        "assessment.changes": "Changed between the two dates",
        "assessment.no_changes": "No changes (or choose two dates).",
        "assessment.change": "{text}: {before} → {after} ({sign}{change})",
        "assessment.compare": "Compare with other organisations",
        "assessment.compare_title": "Latest self-assessment per organisation",
        "assessment.compare_own.school": "{name} ({date}, this school)",
        "assessment.compare_own.organisation": "{name} ({date}, this organisation)",
        "assessment.chart_title": "Mean score per section (1-3)",
        "assessment.mean": "mean",
        "assessment.indicators": "The network beside it",
        "assessment.indicators_note": (
            "These are indicators, not proof: a school can have a rich network that collabnet "
            "does not record. Use them to start a conversation next to the self-image."
        ),
        "assessment.undefined": "undefined",
        "assessment.ind.outside_share": "Share of collaborations outside the organisation",
        "assessment.ind.outside_share.why": (
            "Relates to 'teachers have a network outside the school where they get expertise'."
        ),
        "assessment.ind.outside_partners": "Partners outside the organisation",
        "assessment.ind.outside_partners.why": "How wide that outside network is.",
        "assessment.ind.reciprocity": "Reciprocity",
        "assessment.ind.reciprocity.why": (
            "Share of collaborations that run both ways: relationship building."
        ),
        "assessment.ind.clustering": "Clustering (transitivity)",
        "assessment.ind.clustering.why": (
            "Do an actor's partners know each other too? Relates to relationship building."
        ),
        "assessment.ind.degree_centralisation": "Centralisation (Freeman, degree)",
        "assessment.ind.degree_centralisation.why": (
            "Low = the network does not hang on one actor: relates to shared leadership."
        ),
        "assessment.ind.isolated": "no collaborations",
        "assessment.ind.degree_centralisation.isolated": (
            "This organisation has no recorded collaboration, nor do its people: it stands "
            "apart from the network. So there is no leadership to share yet; a first step is "
            "contact with a school or partner nearby."
        ),
    },
}

register_messages(MESSAGES)
