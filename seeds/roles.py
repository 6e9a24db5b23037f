"""Functions, specialisms and organisation profiles of the demo partnership.

Data only: which functions a school has, what each function is expert in, what each
organisation offers and researches. The generator in ``seeds.structure`` reads these;
no table here names a no-supply theme as expertise (see ``seeds.planted``).
"""

from __future__ import annotations

PO_FUNCTIONS = (
    "leerkracht groep 3",
    "leerkracht groep 5",
    "leerkracht groep 6",
    "leerkracht groep 8",
    "rekencoordinator",
    "gedragsspecialist",
)
SO_FUNCTIONS = (
    "leerkracht SO",
    "leerkracht SO",
    "rekencoordinator",
    "logopedist",
    "gedragsspecialist",
)
VO_FUNCTIONS = (
    "docent Nederlands",
    "docent wiskunde",
    "docent geschiedenis",
    "zorgcoordinator",
    "ICT-coordinator",
    "docent Engels",
    "docent biologie",
    "decaan",
)
MBO_FUNCTIONS = (
    "docent techniek",
    "praktijkopleider",
    "loopbaanbegeleider",
    "docent Nederlands",
    "docent rekenen",
    "ICT-docent",
    "docent zorg en welzijn",
    "zorgcoordinator",
)

# Function -> stated expertise (theme, level). Never a no-supply or special theme.
FUNCTION_EXPERTISE: dict[str, tuple[tuple[str, str], ...]] = {
    "leesspecialist": (("reading_language", "expert"),),
    "ICT-coordinator": (("ict", "experienced"),),
    "ICT-docent": (("ict", "expert"),),
    "rekencoordinator": (("mathematics", "experienced"),),
    "intern begeleider": (("pupil_care", "experienced"), ("inclusive_education", "basic")),
    "gedragsspecialist": (("pedagogical_climate", "expert"),),
    "dyslexiespecialist": (("dyslexia", "expert"), ("reading_language", "experienced")),
    "logopedist": (("reading_language", "experienced"),),
    "docent Nederlands": (("reading_language", "experienced"),),
    "docent wiskunde": (("mathematics", "experienced"),),
    "docent rekenen": (("mathematics", "basic"),),
    "docent geschiedenis": (("subject_didactics", "experienced"),),
    "zorgcoordinator": (("pupil_care", "expert"),),
    "praktijkopleider": (("internships", "expert"),),
    "loopbaanbegeleider": (("internships", "basic"),),
    "docent techniek": (("subject_didactics", "basic"),),
    "decaan": (("pupil_care", "basic"),),
    "werkplekbegeleider": (("internships", "experienced"), ("feedback", "basic")),
    "teamleider": (("leadership", "basic"), ("teambuilding", "experienced")),
    "bestuurder": (("leadership", "expert"), ("school_improvement", "experienced")),
    "opleider": (
        ("internships", "expert"),
        ("subject_didactics", "experienced"),
        ("feedback", "experienced"),
    ),
    "lector": (("practice_research", "expert"),),
    "onderzoeker": (("practice_research", "experienced"),),
}
GENERIC_SUPPLY = (
    "reading_language",
    "ict",
    "mathematics",
    "feedback",
    "pedagogical_climate",
    "subject_didactics",
    "parents_environment",
    "pupil_care",
    "inclusive_education",
)
GENERIC_DEMAND = (
    "reading_language",
    "ict",
    "mathematics",
    "feedback",
    "pedagogical_climate",
    "subject_didactics",
    "inclusive_education",
    "pupil_care",
    "parents_environment",
    "school_improvement",
)
PRIORITY_POOL = (
    "reading_language",
    "ict",
    "mathematics",
    "inclusive_education",
    "pedagogical_climate",
    "citizenship",
    "school_improvement",
    "feedback",
    "practice_research",
    "leadership",
)

ORG_EXPERTISE: dict[str, tuple[str, ...]] = {
    "S01": ("reading_language",),
    "S03": ("inclusive_education", "pupil_care"),
    "S04": ("ict",),
    "S07": ("mathematics",),
    "S08": ("internships",),
    "S10": ("pedagogical_climate",),
    "S15": ("ict", "internships"),
    "I01": ("internships", "subject_didactics"),
    "I02": ("internships", "subject_didactics"),
    "L01": ("school_improvement", "leadership", "practice_research"),
    "L02": ("reading_language",),
    "L03": ("ict",),
    "C01": ("ict",),
    "C02": ("ict",),
    "C03": ("internships",),
    "C04": ("internships",),
    "C05": ("subject_didactics",),
    "C06": ("ict",),
    "O01": ("pupil_care",),
    "O02": ("reading_language",),
    "O03": ("subject_didactics",),
    "O04": ("equal_opportunities",),
    "O05": ("parents_environment",),
    "O06": ("school_improvement", "leadership", "feedback"),
    "O07": ("pupil_care", "parents_environment"),
    "O08": ("social_safety",),
}
RESEARCH_TOPICS = {
    "L01": ("school_improvement", "leadership"),
    "L02": ("reading_language",),
    "L03": ("ict",),
}
OUTSIDE_STAFF: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    # org, type, function, expertise
    (
        "O01",
        "external_expert",
        "jeugdhulpverlener",
        (("pupil_care", "expert"), ("pedagogical_climate", "experienced")),
    ),
    ("O01", "external_expert", "jeugdhulpverlener", (("pupil_care", "experienced"),)),
    (
        "O02",
        "external_expert",
        "leesconsulent",
        (("reading_language", "expert"), ("parents_environment", "basic")),
    ),
    ("O02", "external_expert", "leesconsulent", (("reading_language", "experienced"),)),
    ("O03", "external_expert", "museumdocent", (("subject_didactics", "expert"),)),
    (
        "O04",
        "external_expert",
        "beleidsmedewerker onderwijs",
        (("equal_opportunities", "experienced"),),
    ),
    (
        "O05",
        "external_expert",
        "beleidsmedewerker onderwijs",
        (("parents_environment", "experienced"),),
    ),
    (
        "O06",
        "external_expert",
        "onderwijsadviseur",
        (("school_improvement", "expert"), ("leadership", "expert")),
    ),
    (
        "O06",
        "external_expert",
        "onderwijsadviseur",
        (("feedback", "expert"), ("teambuilding", "experienced")),
    ),
    ("O06", "external_expert", "onderwijsadviseur", (("mathematics", "expert"),)),
    (
        "O06",
        "external_expert",
        "onderwijsadviseur",
        (("leadership", "experienced"), ("school_improvement", "experienced")),
    ),
    ("O07", "external_expert", "jeugdverpleegkundige", (("pupil_care", "experienced"),)),
    (
        "O07",
        "external_expert",
        "opvoedondersteuner",
        (("parents_environment", "expert"), ("pedagogical_climate", "basic")),
    ),
    ("C01", "external_expert", "softwareontwikkelaar", (("ict", "expert"),)),
    ("C01", "external_expert", "educatief programmeur", (("ict", "experienced"),)),
    ("C02", "external_expert", "productontwikkelaar", (("ict", "experienced"),)),
    ("C03", "internship_mentor", "leermeester", (("internships", "experienced"),)),
    ("C04", "internship_mentor", "leermeester", (("internships", "experienced"),)),
    ("C05", "external_expert", "vormgever", (("subject_didactics", "basic"),)),
    ("C06", "external_expert", "robotica-instructeur", (("ict", "expert"),)),
    ("C06", "external_expert", "projectleider", (("ict", "experienced"),)),
)


PLANTED_SLOTS = {  # (org, function) -> planted person id, filled in staff order
    ("S11", "rector"): "P003",
    ("S05", "leerkracht groep 4"): "P004",
    ("S05", "leesspecialist"): "P005",
    ("S03", "leesspecialist"): "P006",
    ("S03", "dyslexiespecialist"): "P007",
    ("S07", "docent wiskunde"): "P008",
    ("O08", "adviseur sociale veiligheid"): "P009",
    ("I01", "opleider (stagecoordinator)"): "P001",
    ("L01", "lector"): "P002",
}
