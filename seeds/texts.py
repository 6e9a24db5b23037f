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

# Value-creation stories: a lead-in names who worked together, then the outcome per
# theme (a Dutch clause that starts with its verb, as it follows the lead-in).
TIE_LEAD = "Dankzij de samenwerking tussen {a} en {b} "
GROUP_LEAD = "Dankzij {a}, gecoördineerd door {b}, "
# fmt: off
STORY_TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "reading_language": (("Meer leesplezier", "lezen leerlingen vaker vrij en bespreken ze boeken in kleine groepjes."),
                         ("Begrijpend lezen met echte teksten", "werken de groepen 6 tot en met 8 nu met actuele teksten in plaats van losse oefeningen.")),
    "ict": (("Programmeren in de klas", "krijgen alle bovenbouwgroepen nu lessen programmeren die samen zijn ontwikkeld."),
            ("Digitale toetsen", "gebruiken de docenten digitale toetsen die direct laten zien waar leerlingen vastlopen.")),
    "mathematics": (("Doorlopende leerlijn rekenen", "sluiten de rekenlessen nu beter aan bij de overstap van PO naar VO."),),
    "internships": (("Samen opleiden werkt", "bespreken mentoren en opleiders de voortgang van studenten nu samen; twee studenten bleven als leerkracht."),
                    ("Een stageplek die werkt", "hebben studenten een vaste begeleider en een eigen onderzoeksvraag in de school.")),
    "practice_research": (("Onderzoekende houding", "is een praktijkonderzoek uitgevoerd waarvan de resultaten in de teamvergadering zijn gebruikt om keuzes te onderbouwen."),),
    "pupil_care": (("Snellere hulp", "krijgen leerlingen sneller passende hulp en hoeven ouders minder vaak hun verhaal te doen."),),
    "leadership": (("Leiderschap gedeeld", "spreken schoolleiders geregeld over hun leiderschapsvragen; de teams merken een duidelijkere koers."),),
    "feedback": (("Feedback die werkt", "gebruiken leerlingen feedbackkaarten en verbeteren ze hun schrijfopdrachten vaker zelf."),),
    "subject_didactics": (("Erfgoed in de les", "komt een lessenserie over de streekgeschiedenis nu elk jaar terug."),),
    "school_improvement": (("Verbetering geborgd", "is de verbeteraanpak vastgelegd in het schoolplan; de aanpak loopt door na het project."),),
    "inclusive_education": (("Meer leerlingen in de eigen klas", "kunnen meer leerlingen met extra ondersteuning in hun eigen klas blijven."),),
}
# Stories whose sentence needs the direction of the tie: {a} is the source (the expert).
DIRECTED_STORIES: dict[str, tuple[str, str]] = {
    "dyslexia": ("Dyslexieprotocol in de praktijk", "{a} hielp {b} het dyslexieprotocol toe te passen; leerlingen in groep 3 worden nu eerder gesignaleerd en gericht begeleid."),
    "social_safety": ("Minder pesten", "{a} trainde het team van {b} in een aanpak tegen pesten; leerlingen voelen zich veiliger volgens de monitor."),
}
# fmt: on
