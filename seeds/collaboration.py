"""Draw the demo's ties, kind by kind, in a fixed order (so ids are stable).

Most ties stay inside a municipality (regional clusters); cross-region ties come
from the brokers, the coordinators of cross-region groups, boards and institutes.
The planted introduction chain and the planted theme ties are added first.
"""

from __future__ import annotations

import random
from itertools import combinations

from seeds import planted as pl
from seeds.names import GROUPS
from seeds.structure import Partnership, Row
from seeds.ties import TieRules, TieSet

GROUP_KIND = {
    "plg": "plg",
    "thematic_network": "thematic",
    "research_workshop": "research",
    "learning_network": "leaders",
    "working_group": "internship",
    "design_team": "plg",
}


def _expertise(pt: Partnership) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in pt.actor_themes:
        if r["relation"] == "expertise":
            out.setdefault(r["actor"], []).append(r["theme"])
    return {k: tuple(v) for k, v in out.items()}


def _ok_theme(theme: str) -> bool:
    """Themes that random ties may carry: never the planted gap themes."""
    return theme not in (
        *pl.NO_SUPPLY_THEMES,
        pl.SINGLE_SUPPLY_THEME,
        pl.UNCONNECTED_THEME,
        "dyslexia",
    )


def draw_ties(pt: Partnership, members: dict[str, list[str]], rng: random.Random) -> list[Row]:
    """All ties, planted ones first; see the module docstring for the order."""
    ts = TieSet(TieRules(pt), rng)
    exp = _expertise(pt)

    def extra(*actors: str) -> tuple[str, ...]:
        pool = [t for a in actors for t in exp.get(a, ()) if _ok_theme(t)]
        return (rng.choice(pool),) if pool else ()

    schools = [s for s in sorted(pt.staff) if s.startswith("S")]
    by_region = {m: [s for s in schools if pt.region[s] == m] for m in pl.MUNICIPALITIES}
    strong = {
        "frequency": "weekly",
        "voluntariness": "voluntary",
        "mode": "face_to_face",
        "participation": "active",
    }
    # 1. Planted: the warm introduction chain and the planted theme ties.
    ts.add("colleague", "P004", "P005", year=0, themes="reading_language|dyslexia", **strong)
    ts.add(
        "thematic",
        "P005",
        "P006",
        year=1,
        themes="reading_language",
        frequency="monthly",
        voluntariness="voluntary",
        mode="face_to_face",
        participation="active",
    )
    ts.add("colleague", "P006", "P007", year=0, themes="dyslexia|reading_language", **strong)
    for s in ("S01", "S09", "S10"):
        for p in pt.with_function(
            s, "intern begeleider", "leesspecialist", "docent Nederlands", "zorgcoordinator"
        )[:1]:
            ts.add("thematic", "P007", p, themes="dyslexia", voluntariness="voluntary")
    for p in pt.with_function("S07", "docent")[:3] + pt.with_function("S08", "docent rekenen"):
        ts.add("plg", pl.SINGLE_SUPPLY_PERSON, p, themes=f"{pl.SINGLE_SUPPLY_THEME}|mathematics")
    for s in ("S13", "S14", "S15"):
        ts.add(
            "care",
            "P009",
            rng.choice(pt.with_function(s, "directeur", "zorgcoordinator", "intern begeleider")),
            themes="social_safety|pedagogical_climate",
        )
    ts.add("outreach", "O08", "O04", themes="social_safety")
    # The best expert is not busy: no random ties, so the finder's availability stays 1.
    ts.closed.add(pl.DEMO_BEST_EXPERT)
    # 2. Colleagues inside each school.
    for s in schools:
        staff = pt.staff[s]
        pairs = list(combinations(staff, 2))
        rng.shuffle(pairs)
        for a, b in pairs[: int(len(staff) * 1.6)]:
            ts.add("colleague", a, b, extra(a, b))
    # 3. Groups: same-region member pairs, plus every member with the coordinator.
    for gid, _n, gtype, _d, theme, _r in GROUPS:
        mem, kind = members[gid], GROUP_KIND[gtype]
        for m in mem[1:]:
            ts.add(kind, mem[0], m, (theme,))
        pairs = [(a, b) for a, b in combinations(mem[1:], 2) if pt.region[a] == pt.region[b]]
        rng.shuffle(pairs)
        for a, b in pairs[:30]:
            ts.add(kind, a, b, (theme,))
    # 4. Internships: student - mentor - teacher educator of the region.
    educators = {
        "I01": [p for p in pt.staff["I01"] if p != pl.BROKER_EDUCATOR],
        "I02": list(pt.staff["I02"]),
    }
    region_edu = {}
    for inst, edus in educators.items():
        for i, m in enumerate(pl.MUNICIPALITIES):
            region_edu[(inst, m)] = edus[i % len(edus)]
    start_of = {r["person"]: r["start"] for r in pt.affiliations}
    for st in pt.persons("student_teacher"):
        inst, school = pt.orgs_of[st]
        mentor = pt.with_function(school, "werkplekbegeleider")[0]
        edu = region_edu[(inst, pt.region[school])]
        year = 2 if start_of[st].startswith("2024") else 3
        ts.add("internship", mentor, st, year=year, frequency="weekly")
        ts.add("internship", edu, st, year=year)
        ts.add("internship", edu, mentor)
    # 5. Research: lectoraten with schools in their regions; the broker lector everywhere.
    for lid, regions, words in (
        ("L01", pl.MUNICIPALITIES, ("directeur", "teamleider", "leerkracht")),
        ("L02", ("Veenhoven", "Lindeburg"), ("lees", "Nederlands", "logopedist")),
        ("L03", ("Kromwijk", "Zandmere", "Lindeburg"), ("ICT", "docent")),
    ):
        for r in [p for p in pt.staff[lid] if p != pl.BROKER_LECTOR]:
            for s in rng.sample([s for m in regions for s in by_region[m]], 5):
                for p in pt.with_function(s, *words)[:2]:
                    ts.add("research", r, p, extra(p))
    # 6. Pupil care with youth care (O01 Veenhoven/Kromwijk, O07 Lindeburg/Zandmere).
    for care_org, regions in (
        ("O01", ("Veenhoven", "Kromwijk")),
        ("O07", ("Lindeburg", "Zandmere")),
    ):
        workers = pt.staff[care_org]
        for s in [s for m in regions for s in by_region[m]]:
            ts.add("care", s, care_org, intake="collective")
            for p in pt.with_function(
                s,
                "intern begeleider",
                "zorgcoordinator",
                "gedragsspecialist",
                "leerkracht SO",
                "decaan",
            ):
                for w in rng.sample(workers, 2):
                    ts.add("care", p, w)
    # 7. Companies: ICT projects, workplaces for MBO, a European robotics project.
    ict_people = pt.staff["C01"] + pt.staff["C02"] + pt.staff["C06"]
    for s in schools:
        for p in pt.with_function(s, "ICT", "docent techniek"):
            for c in rng.sample(ict_people, 3):
                if pt.region[c] == pt.region[s] or rng.random() < 0.4:
                    ts.add("company", p, c, ("ict",))
    for s, firm in (("S08", "C03"), ("S15", "C04"), ("S08", "C04"), ("S15", "C03")):
        ts.add("workplace", s, firm)
        for p in pt.with_function(s, "praktijkopleider", "docent techniek", "loopbaanbegeleider"):
            ts.add("workplace", p, pt.staff[firm][0])
    ts.add("company", "S15", "C06", themes="ict", scope="international")
    for s in ("S04", "S14", "S07"):
        ts.add("company", "C05", s, ("subject_didactics",))
    # 8. Library, museum, municipalities.
    for lib in pt.staff["O02"]:
        for s in by_region["Lindeburg"] + by_region["Kromwijk"]:
            for p in pt.with_function(s, "lees", "Nederlands")[:1]:
                ts.add(
                    "outreach",
                    lib,
                    p,
                    themes="reading_language|parents_environment"
                    if rng.random() < 0.3
                    else "reading_language",
                )
    for s in by_region["Veenhoven"] + ["S07", "S14"]:
        ts.add("outreach", "O03", s, ("subject_didactics",))
        for p in pt.with_function(s, "geschiedenis", "groep 8")[:1]:
            ts.add("outreach", pt.staff["O03"][0], p, ("subject_didactics",))
    for muni, region, theme in (
        ("O04", "Zandmere", "equal_opportunities"),
        ("O05", "Kromwijk", "parents_environment"),
    ):
        for s in by_region[region]:
            ts.add("outreach", muni, s, (theme,), intake="collective")
            ts.add(
                "outreach",
                pt.staff[muni][0],
                pt.with_function(s, "directeur", "rector")[0],
                (theme,),
            )
    # 9. Advisers of the counselling service with school leaders and teams.
    advisers = pt.with_function("O06", "onderwijsadviseur")
    for s in schools:
        for p in pt.with_function(s, "directeur", "teamleider", "rector"):
            if rng.random() < 0.85:
                ts.add("adviser", rng.choice(advisers), p, extra(p))
        if rng.random() < 0.5:
            ts.add("adviser", "O06", s, intake="collective")
    # 10. Coaching: each starting school leader with an experienced one.
    leaders = [p for s in schools for p in pt.with_function(s, "directeur", "rector", "teamleider")]
    for p in [p for p in leaders if pt.career[p] == "starting"]:
        for q in rng.sample([q for q in leaders if pt.career[q] == "experienced"], 2):
            ts.add("leaders", q, p, themes="leadership", voluntariness="voluntary")
    # 11. Boards with their schools, board members with the school leaders.
    boards = {"B01": ("po", "so"), "B02": ("po", "so"), "B03": ("vo",), "B04": ("mbo",)}
    board_regions = {"B01": ("Veenhoven", "Lindeburg"), "B02": ("Kromwijk", "Zandmere")}
    for b, sectors in boards.items():
        for s in schools:
            if pt.sector[s] in sectors and pt.region[s] in board_regions.get(b, pl.MUNICIPALITIES):
                target = pl.GATEWAY_PERSON if s == pl.GATEWAY_SCHOOL else s
                ts.add("board", b, target, intake="collective")
                ts.add("board", pt.staff[b][0], pt.with_function(s, "directeur", "rector")[0])
    # 12. The partnership with institutes, boards and lectoraten; institutes with schools.
    for org in ("I01", "I02", "B01", "B02", "B03", "B04", "L01", "L02", "L03"):
        ts.add("institutional", "N01", org, intake="collective")
    for s in schools:
        ts.add(
            "institutional",
            "I01" if pt.sector[s] in ("po", "so") else "I02",
            s,
            intake="collective",
        )
    # 13. Brokers: the pabo's internship coordinator and the lector reach every region.
    for m in pl.MUNICIPALITIES:
        for s in by_region[m]:
            for p in pt.with_function(s, "werkplekbegeleider", "directeur", "leerkracht")[:3]:
                ts.add(
                    "broker",
                    pl.BROKER_EDUCATOR,
                    p,
                    ("internships",) if rng.random() < 0.6 else extra(p),
                )
            for p in rng.sample(pt.staff[s], min(3, len(pt.staff[s]))):
                ts.add(
                    "broker",
                    pl.BROKER_LECTOR,
                    p,
                    ("practice_research",) if rng.random() < 0.6 else extra(p),
                )
    return ts.rows
