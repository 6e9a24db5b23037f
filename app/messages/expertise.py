"""Messages of the expertise map page."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.expertise": "Expertisekaart",
        "expertise.title": "Expertise in beeld",
        "expertise.intro": (
            "Aanbod (expertise) en vraag (leervragen en speerpunten) per thema. Blauw: meer "
            "aanbod dan vraag; rood: meer vraag dan aanbod. Beweeg over een vakje voor de "
            "aantallen."
        ),
        "expertise.unit": "Per",
        "expertise.unit.person": "persoon",
        "expertise.unit.organisation": "organisatie",
        "expertise.unit.sector": "sector",
        "expertise.unit.region": "regio",
        "expertise.measure": "Toon",
        "expertise.measure.balance": "aanbod min vraag",
        "expertise.measure.supply": "aanbod",
        "expertise.measure.demand": "vraag",
        "expertise.sectors": "Sector",
        "expertise.regions": "Regio",
        "expertise.export": "Exporteer XLSX",
        "expertise.export_filename": "expertisekaart.xlsx",
        "expertise.supply": "Aanbod",
        "expertise.demand": "Vraag",
        "expertise.scope": "{where}, per {unit}.",
        "expertise.scope.all": "Het hele partnerschap",
        "expertise.scope.sector": "sector {values}",
        "expertise.scope.region": "regio {values}",
        "expertise.empty": "Er zijn (in deze selectie) geen thema's met vraag of aanbod.",
        "expertise.gaps": "Lacunes",
        "expertise.no_gaps": "Geen lacunes gevonden in deze selectie.",
        "expertise.gap.no_supply": (
            "Er is vraag naar {theme} ({demand}) maar niemand in het partnerschap noemt het "
            "als expertise."
        ),
        "expertise.gap.single_supplier": (
            "Het aanbod voor {theme} hangt aan één persoon: {supply}. Vraag bij {count} actoren."
        ),
        "expertise.gap.unconnected": (
            "Voor {theme} is er vraag ({demand}) en aanbod ({supply}), maar geen samenwerking "
            "tussen beide kanten."
        ),
        "expertise.names_more": "{names} en {count} anderen",
        "expertise.meet": "Zouden elkaar moeten ontmoeten",
        "expertise.meet_intro": (
            "Scholen met hetzelfde speerpunt of onderzoeksthema zonder onderlinge samenwerking, "
            "het meest verwant eerst."
        ),
        "expertise.no_meet": "Geen voorstellen in deze selectie.",
        "expertise.meet_more": "en nog {count} voorstellen (zie de export).",
        "expertise.meet.themes": "allebei bezig met {themes}",
        "expertise.meet.same_sector": "zelfde sector",
        "expertise.meet.same_region": "zelfde regio",
        "expertise.meet.no_tie": "nog geen samenwerking",
        "expertise.col.theme": "Thema",
        "expertise.col.unit": "Eenheid",
        "expertise.col.supply": "Aanbod",
        "expertise.col.demand": "Vraag",
        "expertise.col.kind": "Soort lacune",
        "expertise.col.sentence": "Toelichting",
        "expertise.col.first": "School",
        "expertise.col.second": "School",
        "expertise.col.themes": "Gedeelde thema's",
        "expertise.col.reason": "Reden",
        "expertise.col.score": "Score",
        "expertise.prov.field": "Veld",
        "expertise.prov.value": "Waarde",
        "expertise.prov.sentence": "Selectie",
        "expertise.prov.exported_at": "Geëxporteerd op (UTC)",
        "expertise.prov.revision": "Datarevisie",
        "expertise.prov.version": "collabnet-versie",
    },
    "en": {
        "nav.expertise": "Expertise map",
        "expertise.title": "Expertise in view",
        "expertise.intro": (
            "Supply (expertise) and demand (learning needs and priorities) per theme. Blue: "
            "more supply than demand; red: more demand than supply. Hover over a cell for "
            "the numbers."
        ),
        "expertise.unit": "By",
        "expertise.unit.person": "person",
        "expertise.unit.organisation": "organisation",
        "expertise.unit.sector": "sector",
        "expertise.unit.region": "region",
        "expertise.measure": "Show",
        "expertise.measure.balance": "supply minus demand",
        "expertise.measure.supply": "supply",
        "expertise.measure.demand": "demand",
        "expertise.sectors": "Sector",
        "expertise.regions": "Region",
        "expertise.export": "Export XLSX",
        "expertise.export_filename": "expertise-map.xlsx",
        "expertise.supply": "Supply",
        "expertise.demand": "Demand",
        "expertise.scope": "{where}, by {unit}.",
        "expertise.scope.all": "The whole partnership",
        "expertise.scope.sector": "sector {values}",
        "expertise.scope.region": "region {values}",
        "expertise.empty": "There are no themes with demand or supply (in this selection).",
        "expertise.gaps": "Gaps",
        "expertise.no_gaps": "No gaps found in this selection.",
        "expertise.gap.no_supply": (
            "There is demand for {theme} ({demand}) but nobody in the partnership states it "
            "as expertise."
        ),
        "expertise.gap.single_supplier": (
            "Supply for {theme} hangs on one person: {supply}. Demand from {count} actors."
        ),
        "expertise.gap.unconnected": (
            "For {theme} there is demand ({demand}) and supply ({supply}), but no "
            "collaboration between the two sides."
        ),
        "expertise.names_more": "{names} and {count} others",
        "expertise.meet": "Should meet",
        "expertise.meet_intro": (
            "Schools with the same priority or research topic and no collaboration between "
            "them, most related first."
        ),
        "expertise.no_meet": "No suggestions in this selection.",
        "expertise.meet_more": "and {count} more suggestions (see the export).",
        "expertise.meet.themes": "both working on {themes}",
        "expertise.meet.same_sector": "same sector",
        "expertise.meet.same_region": "same region",
        "expertise.meet.no_tie": "no collaboration yet",
        "expertise.col.theme": "Theme",
        "expertise.col.unit": "Unit",
        "expertise.col.supply": "Supply",
        "expertise.col.demand": "Demand",
        "expertise.col.kind": "Kind of gap",
        "expertise.col.sentence": "Explanation",
        "expertise.col.first": "School",
        "expertise.col.second": "School",
        "expertise.col.themes": "Shared themes",
        "expertise.col.reason": "Reason",
        "expertise.col.score": "Score",
        "expertise.prov.field": "Field",
        "expertise.prov.value": "Value",
        "expertise.prov.sentence": "Selection",
        "expertise.prov.exported_at": "Exported at (UTC)",
        "expertise.prov.revision": "Data revision",
        "expertise.prov.version": "collabnet version",
    },
}

register_messages(MESSAGES)
