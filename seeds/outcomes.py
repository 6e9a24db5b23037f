"""Value-creation stories and checklist self-assessments of the demo partnership.

Stories sit on strong, lasting ties between organisations (and on groups), with a
date inside the tie's period and themes taken from the tie. Checklists are filled in
by most schools in March 2023 and March 2025 (a little better the second time) and
by the partnership; two schools carry a planted self-image (see ``seeds.planted``).
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from importlib.resources import files

from seeds import planted as pl
from seeds.names import GROUPS
from seeds.structure import Partnership, Row
from seeds.texts import DIRECTED_STORIES, GROUP_LEAD, STORY_TEXTS, TIE_LEAD

CHECKLIST = files("db") / "codebook" / "checklist.csv"  # package data, also when installed
PUPIL_THEMES = {
    "reading_language",
    "dyslexia",
    "ict",
    "mathematics",
    "pupil_care",
    "inclusive_education",
    "social_safety",
    "subject_didactics",
    "feedback",
}
OUTCOMES = (
    "new_insights",
    "practice_change",
    "visible_results",
    "productive_activities",
    "useful_resources",
)
NO_ASSESSMENT = ("S10", "S12")
LAST_STORY = date(2026, 6, 30)


def _label(pt: Partnership, actor: str) -> str:
    if actor in pt.orgs_of:
        return f"{pt.name[actor]} ({pt.name[pt.orgs_of[actor][0]]})"
    return pt.name.get(actor, actor)


def _story(
    rng: random.Random, sid: str, theme: str, lead: str, a: str, b: str, start: date, end: date
) -> Row:
    """One story; told between two and ten months after the start, before the summer of 2026."""
    if theme in DIRECTED_STORIES:
        title, text = DIRECTED_STORIES[theme]
    else:
        title, outcome = rng.choice(STORY_TEXTS[theme])
        text = lead + outcome
    if theme in PUPIL_THEMES:
        level = rng.choices(("pupils", "teachers", "school"), (0.6, 0.3, 0.1))[0]
    else:
        level = rng.choices(("teachers", "school"), (0.6, 0.4))[0]
    told = min(start + timedelta(days=rng.randint(60, 300)), end, LAST_STORY)
    told = max(told, start)
    return {
        "id": sid,
        "tie": "",
        "group": "",
        "title": title,
        "text": text.format(a=a, b=b),
        "level": level,
        "outcome_kind": rng.choice(OUTCOMES),
        "date": told.isoformat(),
        "themes": theme,
    }


def stories(
    pt: Partnership, ties: list[Row], members: dict[str, list[str]], rng: random.Random
) -> list[Row]:
    """About 30 stories: planted ones first, then strong cross-organisation ties, then groups."""
    last = date.fromisoformat(pl.PERIOD_END)

    def on_tie(tie: Row, theme: str) -> None:
        start = date.fromisoformat(tie["start"])
        end = date.fromisoformat(tie["end"]) if tie["end"] else last
        row = _story(
            rng,
            f"V{len(rows) + 1:02d}",
            theme,
            TIE_LEAD,
            _label(pt, tie["source"]),
            _label(pt, tie["target"]),
            start,
            end,
        )
        row["tie"] = tie["id"]
        rows.append(row)

    rows: list[Row] = []
    planted = [
        t
        for t in ties
        if t["source"] == pl.DEMO_BEST_EXPERT and "dyslexia" in t["themes"].split("|")
    ]
    on_tie(planted[0], "dyslexia")
    on_tie(next(t for t in ties if t["source"] == "P009"), "social_safety")
    candidates = [
        t
        for t in ties
        if t["follow_up"] == "permanent"
        and t["start"] < "2026-03-01"
        and t["frequency"] in ("weekly", "monthly", "quarterly")
        and pt.orgs_of.get(t["source"], (t["source"],))[0]
        != pt.orgs_of.get(t["target"], (t["target"],))[0]
        and any(th in STORY_TEXTS for th in t["themes"].split("|"))
    ]
    for tie in rng.sample(candidates, 20):
        theme = next(th for th in tie["themes"].split("|") if th in STORY_TEXTS)
        on_tie(tie, theme)
    for gid, name, _t, _d, theme, _r in rng.sample(GROUPS, 8):
        start = date(rng.choice((2023, 2024, 2025)), rng.randint(1, 6), rng.randint(1, 28))
        row = _story(
            rng,
            f"V{len(rows) + 1:02d}",
            theme,
            GROUP_LEAD,
            name,
            _label(pt, members[gid][0]),
            start,
            last,
        )
        row["group"] = gid
        rows.append(row)
    return rows


def _statements() -> list[tuple[str, str]]:
    with CHECKLIST.open(encoding="utf-8") as fh:
        return [(r["checklist"], r["code"]) for r in csv.DictReader(fh)]


def assessments(pt: Partnership, rng: random.Random) -> list[Row]:
    """Learning-organisation checklists per school (2023, 2025) and the partnership's."""
    statements = _statements()
    schools = [s for s in sorted(pt.staff) if s.startswith("S") and s not in NO_ASSESSMENT]
    rows: list[Row] = []
    for actor in schools + ["N01"]:
        checklist = "learning_partnership" if actor == "N01" else "learning_organisation"
        base = rng.uniform(1.6, 2.3)
        for year, lift in ((2023, 0.0), (2025, 0.35)):
            day = date(year, 3, rng.randint(2, 27)).isoformat()
            for cl, code in statements:
                if cl != checklist:
                    continue
                score = round(base + lift + rng.uniform(-0.7, 0.7))
                if code == "lo_fd_4" and actor == pl.SELF_IMAGE_MISMATCH_SCHOOL:
                    score = 3
                if code == "lo_fd_4" and actor == pl.GATEWAY_SCHOOL:
                    score = 1
                if code == "lp_3":  # "we know who has which expertise": the reason for collabnet
                    score = 1 if year == 2023 else 2
                rows.append(
                    {
                        "actor": actor,
                        "checklist": checklist,
                        "date": day,
                        "statement": code,
                        "score": str(min(3, max(1, score))),
                        "note": "",
                    }
                )
    return rows
