"""Who is in the demo partnership: organisations, persons, groups and their themes.

Builds the rows of actors.csv, affiliations.csv and actor_themes.csv, and the indexes
(staff per school, function per person) that the tie generator needs. Themes are
assigned so that the planted gaps of ``seeds.planted`` hold: nobody states expertise
in a no-supply theme, one person holds the single-supply theme, and the
unconnected theme's demand sits only at the planted schools.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from seeds import planted as pl
from seeds.names import (
    FIRST_NAMES,
    ORGANISATIONS,
    PLANTED_NAMES,
    SURNAME_PARTS,
    SURNAME_PREFIXES,
)
from seeds.roles import (
    FUNCTION_EXPERTISE,
    GENERIC_DEMAND,
    GENERIC_SUPPLY,
    MBO_FUNCTIONS,
    ORG_EXPERTISE,
    OUTSIDE_STAFF,
    PLANTED_SLOTS,
    PO_FUNCTIONS,
    PRIORITY_POOL,
    RESEARCH_TOPICS,
    SO_FUNCTIONS,
    VO_FUNCTIONS,
)

Row = dict[str, str]


@dataclass
class Partnership:
    """Rows for the actor files plus the indexes the tie generator draws from."""

    actors: list[Row] = field(default_factory=list)
    affiliations: list[Row] = field(default_factory=list)
    actor_themes: list[Row] = field(default_factory=list)
    orgs_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    staff: dict[str, list[str]] = field(default_factory=dict)
    function: dict[str, str] = field(default_factory=dict)
    ptype: dict[str, str] = field(default_factory=dict)
    region: dict[str, str] = field(default_factory=dict)
    sector: dict[str, str] = field(default_factory=dict)
    career: dict[str, str] = field(default_factory=dict)
    name: dict[str, str] = field(default_factory=dict)

    def persons(self, type_: str | None = None) -> list[str]:
        return [p for p, t in self.ptype.items() if type_ is None or t == type_]

    def with_function(self, org: str, *words: str) -> list[str]:
        """Staff of ``org`` whose function contains one of ``words``."""
        return [p for p in self.staff.get(org, []) if any(w in self.function[p] for w in words)]

    def theme(self, actor: str, theme: str, relation: str, level: str = "", desc: str = "") -> None:
        self.actor_themes.append(
            {
                "actor": actor,
                "theme": theme,
                "relation": relation,
                "level": level,
                "description": desc,
            }
        )


# The demo asker is a starting teacher; the other planted persons are experienced.
PLANTED_PHASES = {
    "P003": "experienced",
    "P004": "starting",
    "P005": "experienced",
    "P006": "experienced",
    "P007": "experienced",
    "P008": "experienced",
}


class _Names:
    """Unique invented person names, drawn from the generator's random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used = set(PLANTED_NAMES.values())

    def draw(self) -> str:
        while True:
            first, a, b = (
                self.rng.choice(FIRST_NAMES),
                self.rng.choice(SURNAME_PARTS[0]),
                self.rng.choice(SURNAME_PARTS[1]),
            )
            name = f"{first} {self.rng.choice(SURNAME_PREFIXES)}{a}{b}"
            if name not in self.used:
                self.used.add(name)
                return name


def _school_functions(sid: str, sector: str, rng: random.Random) -> list[tuple[str, str]]:
    """(type, function) of a school's staff; planted persons are placed by ``build``."""
    if sid in pl.ISOLATED_SCHOOLS:
        return [("school_leader", "directeur")] + [
            ("teacher", f) for f in rng.sample(PO_FUNCTIONS, 4)
        ]
    if sid == pl.GATEWAY_SCHOOL:
        return [("school_leader", "rector")] + [("teacher", f) for f in VO_FUNCTIONS[:7]]
    head = [("school_leader", "directeur"), ("internship_mentor", "werkplekbegeleider")]
    if sector in ("vo", "mbo"):
        head.insert(1, ("school_leader", "teamleider"))
        pool = VO_FUNCTIONS if sector == "vo" else MBO_FUNCTIONS
        return head + [("teacher", f) for f in pool]
    fixed = ["leesspecialist", "intern begeleider", "ICT-coordinator"]
    pool = PO_FUNCTIONS if sector == "po" else SO_FUNCTIONS
    return head + [("teacher", f) for f in fixed + rng.sample(pool, 3)]


def build(rng: random.Random) -> Partnership:
    """All actors, affiliations and themes except groups' memberships and ties."""
    pt = Partnership()
    names = _Names(rng)
    counter = iter(range(10, 1000))
    for oid, name, type_, sector, region, desc in ORGANISATIONS:
        pt.actors.append(
            {
                "id": oid,
                "name": name,
                "type": type_,
                "sector": sector,
                "region": region,
                "career_phase": "",
                "description": desc,
            }
        )
        pt.region[oid], pt.sector[oid], pt.name[oid] = region, sector, name

    def add_person(
        type_: str, function: str, orgs: tuple[str, ...], phase: str, start: str = ""
    ) -> str:
        pid = PLANTED_SLOTS.get((orgs[0], function))
        pid = pid if pid and pid not in pt.ptype else f"P{next(counter):03d}"
        name = PLANTED_NAMES.get(pid) or names.draw()
        phase = PLANTED_PHASES.get(pid, phase)
        region = pt.region[orgs[0]]
        pt.actors.append(
            {
                "id": pid,
                "name": name,
                "type": type_,
                "sector": "",
                "region": region,
                "career_phase": phase,
                "description": function,
            }
        )
        pt.ptype[pid], pt.function[pid], pt.region[pid], pt.name[pid] = (
            type_,
            function,
            region,
            name,
        )
        pt.career[pid], pt.orgs_of[pid] = phase, orgs
        for i, org in enumerate(orgs):
            pt.staff.setdefault(org, []).append(pid)
            func = function if i == 0 else "stagiair"
            pt.affiliations.append(
                {"person": pid, "organisation": org, "function": func, "start": start, "end": ""}
            )
        return pid

    def phase(p_start: float) -> str:
        return "starting" if rng.random() < p_start else "experienced"

    # Planted persons first, so that their ids are fixed.
    add_person(
        "teacher_educator", "opleider (stagecoordinator)", ("I01",), "experienced", "2015-08-01"
    )
    add_person("lector", "lector", ("L01",), "experienced", "2019-02-01")
    for oid, _name, type_, sector, *_ in ORGANISATIONS:
        if type_ != "school":
            continue
        funcs = _school_functions(oid, sector, rng)
        if oid == "S05":
            funcs = funcs[:2] + [("teacher", "leerkracht groep 4")] + funcs[2:-1]
        if oid == "S03":
            funcs = funcs[:-1] + [("teacher", "dyslexiespecialist")]
        if oid == "S07":
            funcs = [f for f in funcs if f[1] != "docent wiskunde"] + [
                ("teacher", "docent wiskunde")
            ]
        for type_p, func in funcs:
            start = f"{rng.randint(2005, 2022)}-08-01"
            add_person(
                type_p, func, (oid,), phase(0.35 if type_p == "school_leader" else 0.3), start
            )
    for oid in ("B01", "B02", "B03", "B04"):
        add_person("school_leader", "bestuurder", (oid,), "experienced", "2012-01-01")
    for _i in range(4):
        add_person("teacher_educator", "opleider", ("I01",), phase(0.2), "2016-08-01")
    for _i in range(3):
        add_person("teacher_educator", "opleider", ("I02",), phase(0.2), "2017-08-01")
    for lid in ("L02", "L03"):
        add_person("lector", "lector", (lid,), "experienced", "2018-09-01")
    for lid in ("L01", "L02", "L03"):
        for _ in range(2):
            add_person("researcher", "onderzoeker", (lid,), phase(0.4), "2020-09-01")
    add_person(
        "external_expert", "adviseur sociale veiligheid", ("O08",), "experienced", "2014-03-01"
    )
    for org, type_p, func, _exp in OUTSIDE_STAFF:
        add_person(type_p, func, (org,), phase(0.25), "2016-01-01")
    placements = [
        s
        for s, *_ in ORGANISATIONS
        if s.startswith("S") and s not in pl.ISOLATED_SCHOOLS and s != pl.GATEWAY_SCHOOL
    ]
    for school in placements:
        inst = "I01" if pt.sector[school] in ("po", "so") else "I02"
        for year in (2024, 2025):
            add_person("student_teacher", "student", (inst, school), "starting", f"{year}-09-01")
    _assign_themes(pt, rng)
    return pt


def _assign_themes(pt: Partnership, rng: random.Random) -> None:
    """Expertise, learning needs, priorities and research topics, honouring the plan."""
    outside = {(o, f): exp for o, _t, f, exp in OUTSIDE_STAFF}
    for p in pt.persons():
        func, org = pt.function[p], pt.orgs_of[p][0]
        stated = list(FUNCTION_EXPERTISE.get(func, outside.get((org, func), ())))
        if func in ("directeur", "rector"):
            stated = [
                ("leadership", "experienced" if pt.career[p] == "experienced" else "basic"),
                ("school_improvement", "basic"),
            ]
        if pt.ptype[p] == "teacher" and not stated and rng.random() < 0.5:
            stated = [(rng.choice(GENERIC_SUPPLY), "basic")]
        if pt.ptype[p] in ("lector", "researcher"):
            stated += [
                (t, "expert" if func == "lector" else "experienced") for t in RESEARCH_TOPICS[org]
            ]
            for t in RESEARCH_TOPICS[org]:
                pt.theme(p, t, "research_topic")
        if p == pl.SINGLE_SUPPLY_PERSON:
            stated.append((pl.SINGLE_SUPPLY_THEME, "expert"))
        if p == "P009":
            stated = [(pl.UNCONNECTED_THEME, "expert")]
        for theme, level in dict(stated).items():
            desc = (
                "dyslexiespecialist; traint collega's in het dyslexieprotocol"
                if p == pl.DEMO_BEST_EXPERT and theme == "dyslexia"
                else ""
            )
            pt.theme(p, theme, "expertise", level, desc)
        _person_needs(pt, p, rng)
    # Two more (weaker) dyslexia suppliers, so the best expert is best, not only.
    for org, word in (("S09", "intern begeleider"), ("S14", "docent Nederlands")):
        pt.theme(pt.with_function(org, word)[0], "dyslexia", "expertise", "basic")
    exclusive = {s: t for a, b, t in pl.SHOULD_MEET_PAIRS for s in (a, b)}
    shared = {
        "equal_opportunities": ("reading_language", "parents_environment"),
        "teambuilding": ("ict", "feedback"),
    }
    for oid, _n, type_, *_ in ORGANISATIONS:
        for theme in ORG_EXPERTISE.get(oid, ()):
            pt.theme(oid, theme, "expertise", "experienced")
        for theme in RESEARCH_TOPICS.get(oid, ()):
            pt.theme(oid, theme, "research_topic")
        if type_ != "school":
            continue
        if oid in exclusive:
            prios = [exclusive[oid], *shared[exclusive[oid]]]
        else:
            prios = rng.sample(PRIORITY_POOL, 2)
        for theme in prios:
            pt.theme(oid, theme, "priority")
        needs = rng.sample([t for t in GENERIC_DEMAND if t not in prios], 1)
        if oid in ("S04", "S08", "S10", "S13", "S06"):
            needs.append("citizenship")
        if oid in pl.UNCONNECTED_DEMAND_ORGS:
            needs.append(pl.UNCONNECTED_THEME)
        if oid in ("S02", "S09", "S15"):
            needs.append(pl.SINGLE_SUPPLY_THEME)
        if oid == "S05":
            needs.append(pl.DEMO_QUESTION_THEME)
        for theme in needs:
            pt.theme(oid, theme, "learning_need")
    for bid, prios in (
        ("B01", ("school_improvement", "citizenship")),
        ("B02", ("inclusive_education",)),
        ("B03", ("school_improvement", "leadership")),
        ("B04", ("internships",)),
        ("N01", ("internships", "practice_research", "citizenship")),
    ):
        for theme in prios:
            pt.theme(bid, theme, "priority")


def _person_needs(pt: Partnership, p: str, rng: random.Random) -> None:
    """Learning needs of one person; the planted demand goes to the planted places."""
    org, type_ = pt.orgs_of[p][0], pt.ptype[p]
    needs: list[str] = []
    if p == pl.DEMO_ASKER:
        needs = [pl.DEMO_QUESTION_THEME, "reading_language"]
    elif type_ in ("teacher", "school_leader", "internship_mentor") and org.startswith("S"):
        if rng.random() < 0.55:
            needs = rng.sample(GENERIC_DEMAND, rng.choice((1, 1, 2)))
        if rng.random() < 0.12:
            needs.append("citizenship")
        if rng.random() < 0.06:
            needs.append(pl.SINGLE_SUPPLY_THEME)
        if org in pl.UNCONNECTED_DEMAND_ORGS and rng.random() < 0.3:
            needs.append(pl.UNCONNECTED_THEME)
        if pt.sector[org] == "po" and rng.random() < 0.08:
            needs.append("dyslexia")
        if pt.function[p] in ("directeur", "rector") and pt.career[p] == "starting":
            needs.append("leadership")
    elif type_ == "student_teacher":
        needs = rng.sample(
            ("internships", "feedback", "ict", "pedagogical_climate", "differentiation"), 2
        )
    seen = {r["theme"] for r in pt.actor_themes if r["actor"] == p and r["relation"] == "expertise"}
    for theme in dict.fromkeys(needs):
        if theme not in seen:
            pt.theme(p, theme, "learning_need")
