"""Dutch texts of the demo: learning questions on ties and value-creation stories.

Kept apart from the names so the wording can be edited without touching structure;
every text is invented for the fictional partnership.
"""

from __future__ import annotations

# Learning questions (leervragen) per theme, short Dutch texts.
LEARNING_QUESTIONS: dict[str, tuple[str, ...]] = {
    "inclusive_education": (
        "Hoe bieden we passend onderwijs aan leerlingen met een ontwikkelingsperspectief?",
        "Hoe houden we leerlingen met extra ondersteuning in de eigen klas?",
    ),
    "equal_opportunities": ("Hoe verkleinen we kansenongelijkheid bij de schooladviezen?",),
    "ict": (
        "Hoe zetten we programmeren in bij de zaakvakken?",
        "Hoe gebruiken we chromebooks zinvol in de les?",
        "Welke digitale toetsen passen bij ons onderwijs?",
    ),
    "pedagogical_climate": ("Hoe versterken we het pedagogisch klimaat in de bovenbouw?",),
    "reading_language": (
        "Hoe vergroten we het leesplezier in groep 6 tot en met 8?",
        "Hoe geven we begrijpend lezen betekenisvol vorm?",
        "Welke aanpak werkt voor woordenschat bij nieuwkomers?",
    ),
    "dyslexia": (
        "Hoe passen we het dyslexieprotocol toe in groep 3 en 4?",
        "Welke hulpmiddelen helpen leerlingen met dyslexie bij toetsen?",
    ),
    "mathematics": (
        "Hoe automatiseren we de tafels zonder saaie drill?",
        "Hoe bouwen we een doorlopende leerlijn rekenen van PO naar VO?",
    ),
    "subject_didactics": (
        "Hoe maken we geschiedenisles actiever met erfgoed uit de streek?",
        "Hoe ontwerpen we een vakoverstijgend project?",
    ),
    "feedback": (
        "Hoe geven we feedback die leerlingen echt gebruiken?",
        "Hoe zetten we peerfeedback in bij schrijfopdrachten?",
    ),
    "differentiation": (
        "Hoe differentieren we bij instructie zonder drie niveaus voor te bereiden?",
    ),
    "practice_research": (
        "Hoe zetten we een kleinschalig praktijkonderzoek op in ons team?",
        "Hoe meten we het effect van onze nieuwe aanpak?",
    ),
    "leadership": (
        "Hoe geef ik als startende schoolleider richting aan een ervaren team?",
        "Hoe verdelen we leiderschap in de school?",
    ),
    "teambuilding": ("Hoe bouwen we een lerende cultuur in het team?",),
    "school_improvement": (
        "Hoe borgen we verbeteringen na afloop van een project?",
        "Hoe maken we een realistisch schoolplan?",
    ),
    "parents_environment": ("Hoe betrekken we ouders bij het leesonderwijs thuis?",),
    "internships": (
        "Hoe begeleiden we studenten in hun eerste stage?",
        "Hoe beoordelen we de stage samen met de opleiding?",
    ),
    "pupil_care": (
        "Hoe stemmen we de zorg af met de jeugdhulp?",
        "Wanneer schakelen we externe hulp in bij gedragsproblemen?",
    ),
}

# Story texts per theme: (title, text); {a} and {b} are the partners' names.
STORY_TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "reading_language": (
        (
            "Meer leesplezier",
            "Na een jaar samenwerken tussen {a} en {b} lezen leerlingen vaker vrij en bespreken ze boeken in kleine groepjes.",
        ),
    ),
    "dyslexia": (
        (
            "Dyslexieprotocol in de praktijk",
            "{b} hielp {a} het dyslexieprotocol toe te passen; leerlingen in groep 3 worden nu eerder gesignaleerd en gericht begeleid.",
        ),
    ),
    "ict": (
        (
            "Programmeren in de klas",
            "{a} en {b} ontwikkelden samen lessen programmeren die nu in alle bovenbouwgroepen worden gegeven.",
        ),
    ),
    "mathematics": (
        (
            "Doorlopende leerlijn rekenen",
            "Docenten van {a} en {b} legden hun rekenmethodes naast elkaar en maakten afspraken over de overstap naar het VO.",
        ),
    ),
    "internships": (
        (
            "Samen opleiden werkt",
            "Studenten van {b} lopen stage bij {a}; mentoren en opleiders bespreken de voortgang nu samen, en twee studenten bleven als leerkracht.",
        ),
    ),
    "practice_research": (
        (
            "Onderzoekende houding",
            "Leraren van {a} voerden met {b} een praktijkonderzoek uit; de resultaten zijn in de teamvergadering gebruikt om keuzes te onderbouwen.",
        ),
    ),
    "pupil_care": (
        (
            "Snellere hulp",
            "Door vaste overleggen tussen {a} en {b} krijgen leerlingen sneller passende hulp en hoeven ouders minder vaak hun verhaal te doen.",
        ),
    ),
    "leadership": (
        (
            "Coaching van een startende schoolleider",
            "{b} coachte {a} in het eerste jaar als schoolleider; het team merkt een duidelijkere koers.",
        ),
    ),
    "feedback": (
        (
            "Feedback die werkt",
            "Het ontwerpteam maakte een set feedbackkaarten; leerlingen verbeteren hun schrijfopdrachten nu vaker zelf.",
        ),
    ),
    "subject_didactics": (
        (
            "Erfgoed in de les",
            "{b} en {a} ontwikkelden een lessenserie over de streekgeschiedenis die nu jaarlijks terugkomt.",
        ),
    ),
    "school_improvement": (
        (
            "Verbetering geborgd",
            "Met hulp van {b} heeft {a} de verbeteraanpak vastgelegd in het schoolplan; de aanpak loopt door na het project.",
        ),
    ),
    "inclusive_education": (
        (
            "Meer leerlingen in de eigen klas",
            "Dankzij de samenwerking tussen {a} en {b} kunnen meer leerlingen met extra ondersteuning in hun eigen klas blijven.",
        ),
    ),
    "social_safety": (
        (
            "Minder pesten",
            "{b} trainde het team van {a} in een aanpak tegen pesten; leerlingen voelen zich veiliger volgens de monitor.",
        ),
    ),
}
