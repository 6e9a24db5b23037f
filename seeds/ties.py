"""Group memberships and about 800 collaboration ties of the demo partnership.

Ties are drawn per kind of collaboration (colleagues, PLGs, internships, research,
pupil care, companies, ...) and every candidate passes ``TieRules``, which keeps the
planted structure of ``seeds.planted`` true: isolated schools stay isolated, the
gateway school reaches out only through its gateway person, should-meet pairs and
the unconnected theme's two sides never touch, and the demo asker's introduction
chain stays the shortest way to the best expert.
"""

from __future__ import annotations

import random

from seeds import planted as pl
from seeds.names import GROUPS
from seeds.profiles import draw_attributes, theme_choice
from seeds.structure import Partnership, Row


class TieRules:
    """Which pairs of actors may have a tie (or share a group) in the demo."""

    def __init__(self, pt: Partnership) -> None:
        self.pt = pt
        self.forbidden_orgs = {frozenset((a, b)) for a, b, _ in pl.SHOULD_MEET_PAIRS}
        self.forbidden_orgs |= {frozenset(("O08", d)) for d in pl.UNCONNECTED_DEMAND_ORGS}
        self.gateway_staff = set(pt.staff[pl.GATEWAY_SCHOOL])

    def orgs(self, actor: str) -> tuple[str, ...]:
        return self.pt.orgs_of.get(actor, (actor,))

    def allowed(self, a: str, b: str) -> bool:
        if a == b or pl.GATEWAY_SCHOOL in (a, b):
            return False
        oa, ob = self.orgs(a), self.orgs(b)
        if set(oa + ob) & set(pl.ISOLATED_SCHOOLS):
            return False
        ga, gb = a in self.gateway_staff, b in self.gateway_staff
        if ga != gb and (a if ga else b) != pl.GATEWAY_PERSON:
            return False
        if any(frozenset((u, v)) in self.forbidden_orgs for u in oa for v in ob):
            return False
        asker, expert = pl.DEMO_ASKER, pl.DEMO_BEST_EXPERT
        for x, y in ((a, b), (b, a)):
            if x == asker and "S05" not in self.orgs(y):
                return False
            if x == expert and "S05" in self.orgs(y):
                return False
        return True

    def may_join(self, actor: str, members: list[str]) -> bool:
        """Group members must be allowed to have a tie with every other member."""
        if actor in self.gateway_staff and actor != pl.GATEWAY_PERSON:
            return False
        return all(self.allowed(actor, m) for m in members)


class TieSet:
    """Collects ties with unique unordered pairs and stable ids T0001..."""

    def __init__(self, rules: TieRules, rng: random.Random) -> None:
        self.rules, self.rng = rules, rng
        self.rows: list[Row] = []
        self.pairs: set[frozenset[str]] = set()
        self.closed: set[str] = set()  # actors that take no further ties

    def add(
        self,
        kind: str,
        a: str,
        b: str,
        extra: tuple[str, ...] = (),
        year: int | None = None,
        **fixed: str,
    ) -> bool:
        pair = frozenset((a, b))
        if pair in self.pairs or pair & self.closed or not self.rules.allowed(a, b):
            return False
        year = self.rng.choice((0, 0, 1, 1, 2, 2, 3)) if year is None else year
        themes = (
            tuple(fixed.pop("themes").split("|"))
            if "themes" in fixed
            else theme_choice(self.rng, kind, extra)
        )
        row = {"id": f"T{len(self.rows) + 1:04d}", "source": a, "target": b, "kind": kind}
        row.update(draw_attributes(self.rng, kind, year, themes, **fixed))
        self.rows.append(row)
        self.pairs.add(pair)
        return True


def memberships(
    pt: Partnership, rules: TieRules, rng: random.Random
) -> tuple[list[Row], dict[str, list[str]]]:
    """Rows of memberships.csv and the members per group (coordinator first)."""
    f = pt.with_function
    sch = lambda *ids: [s for s in ids]  # noqa: E731 - readable lists of school ids
    people_of = lambda org, t: [p for p in pt.staff[org] if pt.ptype[p] == t]  # noqa: E731
    plan: dict[str, list[str]] = {
        "G01": [f("S01", "leesspecialist")[0]]
        + [
            p
            for s in sch("S02", "S03", "S04")
            for p in f(s, "leesspecialist", "docent Nederlands", "logopedist")
        ]
        + people_of("L02", "researcher")[:1],
        "G02": ["P008"]
        + [
            p
            for s in sch("S05", "S07", "S08")
            for p in f(s, "rekencoordinator", "docent rekenen", "docent wiskunde")
            if p != "P008"
        ]
        + f("O06", "onderwijsadviseur")[2:3],
        "G03": [
            p
            for s in sch("S09", "S10")
            for p in f(s, "intern begeleider", "gedragsspecialist", "leerkracht SO")
        ]
        + f("O01", "jeugdhulp")[:1],
        "G04": [p for s in sch("S13", "S14", "S15") for p in f(s, "ICT")] + f("C06", "robot"),
        "G05": people_of("L02", "lector")
        + ["P005", "P006"]
        + [
            p
            for s in sch("S01", "S09", "S13", "S07")
            for p in f(s, "leesspecialist", "docent Nederlands")[:1]
        ]
        + f("O02", "lees")[:1],
        "G06": people_of("L03", "lector")
        + [p for s in sch("S01", "S04", "S07", "S15", "S09") for p in f(s, "ICT")]
        + f("C01", "")
        + f("C02", ""),
        "G07": ["P002", "P001"]
        + [p for lab in ("L01", "L02", "L03") for p in people_of(lab, "researcher")]
        + [rng.choice(pt.staff[s][2:]) for s in sch("S02", "S05", "S09", "S14", "S08", "S03")],
        "G08": f("O06", "onderwijsadviseur")[:1]
        + [p for s in sorted(pt.staff) if s.startswith("S") for p in f(s, "directeur", "rector")],
        "G09": ["P001"]
        + people_of("I02", "teacher_educator")
        + [p for s in sorted(pt.staff) if s.startswith("S") for p in f(s, "werkplekbegeleider")],
        "G10": people_of("I02", "teacher_educator")[:1]
        + [p for s in sch("S04", "S07") for p in f(s, "docent")[:2]],
        "G11": f("O07", "")[:1]
        + [
            p
            for s in sch("S01", "S03", "S05", "S09", "S10", "S14")
            for p in f(s, "intern begeleider", "zorgcoordinator")
        ]
        + f("O01", "")
        + f("O07", "")[1:],
    }
    plg_schools = {
        "G01": ("S01", "S02", "S04"),
        "G02": ("S05", "S07", "S08"),
        "G03": ("S09", "S10"),
        "G04": ("S13", "S14", "S15"),
    }
    for gid, schools in plg_schools.items():
        plan[gid] += [p for s in schools for p in f(s, "leerkracht", "docent")[:2]]
    rows: list[Row] = []
    members: dict[str, list[str]] = {}
    for gid, *_ in GROUPS:
        chosen: list[str] = []
        for p in dict.fromkeys(plan[gid]):
            if rules.may_join(p, chosen):
                chosen.append(p)
        members[gid] = chosen
        for i, p in enumerate(chosen):
            expert = pt.ptype[p] in ("external_expert", "researcher", "lector") and i > 0
            role = "coordinator" if i == 0 else "expert" if expert else "member"
            first = rng.choice((2022, 2022, 2023, 2024))
            start = f"{first}-09-01"
            end = f"{first + rng.choice((1, 2))}-07-31" if i > 0 and rng.random() < 0.12 else ""
            rows.append({"actor": p, "group": gid, "role": role, "start": start, "end": end})
    return rows, members
