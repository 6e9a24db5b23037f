"""The planted structure of the demo partnership, as named constants.

Later features (gaps, should-meet, brokers, articulation points, the expert finder)
must find these facts in the demo; tests and docs/demo.md refer to them by name, so
they live here and are re-exported by ``seeds.demo``. Generation enforces them while
drawing ties at random (see ``seeds.ties.TieRules``).
"""

from __future__ import annotations

SEED = 20240901
PERIOD_START = "2022-08-01"
PERIOD_END = "2026-07-31"
SCHOOL_YEARS = ("2022-2023", "2023-2024", "2024-2025", "2025-2026")

MUNICIPALITIES = ("Veenhoven", "Lindeburg", "Kromwijk", "Zandmere")

# Regional clusters: most ties stay inside a municipality.
REGIONAL_CLUSTERS: dict[str, tuple[str, ...]] = {
    "Veenhoven": ("S01", "S02", "S03", "S04"),
    "Lindeburg": ("S05", "S06", "S07", "S08"),
    "Kromwijk": ("S09", "S10", "S11", "S12"),
    "Zandmere": ("S13", "S14", "S15"),
}
# Thematic clusters: groups whose members share one theme across schools.
THEMATIC_CLUSTERS: dict[str, str] = {
    "G05": "reading_language",
    "G06": "ict",
    "G11": "pupil_care",
}

# Brokers: persons with ties into every municipality (high betweenness).
BROKER_EDUCATOR = "P001"  # teacher educator at the pabo, coordinates internships
BROKER_LECTOR = "P002"  # lector Leren en Innoveren, coordinates the research workshop
BROKERS = (BROKER_EDUCATOR, BROKER_LECTOR)

# Schools with no tie at all (nor their people), nor any group membership.
ISOLATED_SCHOOLS = ("S06", "S12")

# A school whose outside contacts all run through one person (an articulation point).
GATEWAY_SCHOOL = "S11"
GATEWAY_PERSON = "P003"

# Themes with demand (learning needs, priorities) and no expertise anywhere.
NO_SUPPLY_THEMES = ("citizenship",)
# A theme whose supply hangs on one person (no organisation states it either).
SINGLE_SUPPLY_THEME = "differentiation"
SINGLE_SUPPLY_PERSON = "P008"
# A theme with demand and supply but no tie between the two sides (nor their orgs).
UNCONNECTED_THEME = "social_safety"
UNCONNECTED_SUPPLY = ("O08", "P009")
UNCONNECTED_DEMAND_ORGS = ("S01", "S05", "S09")

# Pairs of schools with the same exclusive priority and no tie (should-meet).
SHOULD_MEET_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("S02", "S13", "equal_opportunities"),
    ("S07", "S14", "teambuilding"),
)

# The demo question of the expert finder: dyslexia, asked by a teacher at S05.
DEMO_QUESTION_THEME = "dyslexia"
DEMO_ASKER = "P004"
DEMO_BEST_EXPERT = "P007"
# Warm introduction: asker -> colleague (weekly) -> reading specialist at S03
# (monthly, thematic network) -> the dyslexia specialist (weekly); all voluntary.
DEMO_INTRODUCTION_PATH = ("P004", "P005", "P006", "P007")

# Self-image versus network: the isolated S06 rates "a network outside the school"
# (lo_fd_4) as strongly developed in both years; the gateway school rates it low.
SELF_IMAGE_MISMATCH_SCHOOL = "S06"
