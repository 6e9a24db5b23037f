"""The row rules of each file kind (docs/import-format.md), one function per kind.

Each function reads one row through :class:`~db.imports.cells.Cells` (which records
bad cells) and, when the row's keys are sound, puts it into the plan. Only columns
present in the file are put in the row dict, so a partial file updates only what it
names.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING, Any

from db.imports.cells import Cells
from db.imports.errors import Place
from db.imports.kinds import THEME_SHORTCUTS, TIE_CODED, TIE_LISTS
from db.imports.plan import KnownActor
from db.person_fields import LAWFUL_BASES

if TYPE_CHECKING:
    from db.imports.validate import Validator

EDGE_ACTOR_TYPE = "external_expert"


def _first(v: Validator, bucket: str, key: object, cells: Cells, column: str, shown: str) -> bool:
    """True the first time ``key`` is seen in ``bucket``; a duplicate_id error after that."""
    seen = v.seen.setdefault(bucket, {})
    if key in seen:
        cells.error("duplicate_id", column, shown, other=seen[key])
        return False
    seen[key] = cells.where()
    return True


def codebook_row(v: Validator, cells: Cells) -> None:
    category = cells.text("category", required=True)
    if category is not None and category not in v.codebook.categories():
        cells.error(
            "unknown_code",
            "category",
            category,
            accepted=v.codebook.categories(),
            category="category",
        )
        category = None
    code = cells.text("code", required=True, limit=80)
    label_nl = cells.text("label_nl", required=True, limit=200)
    label_en = cells.text("label_en", limit=200) or label_nl
    parent = cells.text("parent", limit=80)
    value = cells.number("value")
    description = cells.text("description")
    if category and code and label_nl:
        if _first(v, "codebook", (category, code), cells, "code", code):
            v.plan.codebook[(category, code)] = {
                "label_nl": label_nl,
                "label_en": label_en,
                "parent": parent,
                "value": value,
                "description": description,
            }


def collect_actor(v: Validator, cells: Cells, first_seen: dict[str, Place]) -> None:
    """First pass: every actor id in every actors file, so references can be checked."""
    key = cells.values.get("id", "")
    if not key or len(key) > 80:
        return
    if key in first_seen:
        cells.error("duplicate_id", "id", key, other=first_seen[key])
        return
    first_seen[key] = cells.where()
    type_code = v.codebook.resolve("actor_type", cells.values.get("type", ""))
    known = v.actors.get(key)
    kind = v.kind_of_type(type_code) if type_code else (known.kind if known else "organisation")
    v.actors[key] = KnownActor(key, kind, cells.values.get("name", ""), cells.where())


def actor_row(v: Validator, cells: Cells, attrs: dict[str, str] | None) -> None:
    key = cells.text("id", required=True, limit=80)
    name = cells.text("name", required=True, limit=300)
    type_code = cells.code("type", "actor_type", required=True)
    row: dict[str, Any] = {"name": name, "type": type_code}
    if type_code:
        row["kind"] = v.kind_of_type(type_code)
    if cells.has("short_name"):
        row["short_name"] = cells.text("short_name", limit=80)
    if cells.has("sector"):
        row["sector"] = cells.code("sector", "sector")
    if cells.has("region"):
        row["region"] = cells.text("region", limit=120)
    if cells.has("career_phase"):
        row["career_phase"] = cells.code("career_phase", "career_phase")
    if cells.has("description"):
        row["description"] = cells.text("description")
    if cells.has("consent"):
        row["consent"] = cells.boolean("consent")
    if cells.has("consent_date"):
        row["consent_date"] = cells.date("consent_date")
    if cells.has("lawful_basis"):
        row["lawful_basis"] = lawful_basis(cells)
    if cells.has("may_be_named"):
        row["may_be_named"] = cells.boolean("may_be_named")
    if attrs:
        row["attributes"] = attrs
    if cells.has("organisation") and key:
        function = cells.text("function", limit=200)
        for org in cells.actors("organisation", kind="organisation"):
            fields = {"function": function} if cells.has("function") else {}
            v.plan.affiliations[(key, org, None)] = fields
    for column, relation in THEME_SHORTCUTS.items():
        if cells.has(column) and key:
            for theme in cells.codes(column, "theme"):
                v.plan.actor_themes.setdefault((key, theme, relation), {})
    if key and name and type_code:
        v.plan.actors[key] = row


# Dutch words a privacy officer writes in a spreadsheet -> the stored code.
_LAWFUL_BASIS_NL = {
    "toestemming": "consent",
    "gerechtvaardigd_belang": "legitimate_interest",
    "overeenkomst": "contract",
    "publieke_taak": "public_task",
    "algemeen_belang": "public_task",
    "wettelijke_plicht": "legal_obligation",
    "wettelijke_verplichting": "legal_obligation",
}


def lawful_basis(cells: Cells) -> str | None:
    """An art. 6 basis by code or Dutch name; an error (listing the codes) otherwise."""
    value = cells.text("lawful_basis", limit=40)
    if value is None:
        return None
    code = value.strip().casefold().replace(" ", "_").replace("-", "_")
    code = _LAWFUL_BASIS_NL.get(code, code)
    if code in LAWFUL_BASES:
        return code
    cells.error("bad_lawful_basis", "lawful_basis", value, accepted=", ".join(LAWFUL_BASES))
    return None


def _endpoint(v: Validator, cells: Cells, column: str) -> str | None:
    """An edge-list end: an id, else an exact name, else a new external expert."""
    text = cells.text(column, required=True)
    if text is None:
        return None
    if text in v.actors:
        return text
    keys = v.names().get(text, [])
    if len(keys) == 1:
        return keys[0]
    if len(keys) > 1:
        cells.error("ambiguous_name", column, text, keys=", ".join(sorted(keys)))
        return None
    if len(text) > 80:
        cells.error("too_long", column, text[:40] + "...", limit=80)
        return None
    v.actors[text] = KnownActor(text, "person", text, cells.where())
    v.names()[text] = [text]
    v.plan.created_actors.append(text)
    v.plan.actors[text] = {"name": text[:300], "type": EDGE_ACTOR_TYPE, "kind": "person"}
    return text


def edge_row(v: Validator, cells: Cells) -> None:
    source = _endpoint(v, cells, "source")
    target = _endpoint(v, cells, "target")
    weight = cells.number("weight")
    if source is None or target is None:
        return
    if source == target:
        cells.error("self_tie", "target", target)
        return
    key = _tie_key(source, target, None, [])
    if _first(v, "tie", key, cells, "target", f"{source} -> {target}"):
        row: dict[str, Any] = {"source": source, "target": target}
        if cells.has("weight"):
            row["weight"] = weight
        v.plan.ties[key] = row
        v.plan.tie_codes[key] = {}
        v.tie_keys.add(key)


def collect_tie(v: Validator, cells: Cells) -> None:
    """First pass: explicit tie ids, so stories can name ties of the same import."""
    key = cells.values.get("id", "")
    if key and len(key) <= 200 and _first(v, "tie", key, cells, "id", key):
        v.tie_keys.add(key)


def _tie_key(source: str, target: str, start: date | None, themes: list[str]) -> str:
    key = f"{source}>{target}"
    if start is not None:
        key += f"@{start.isoformat()}"
    if themes:
        key += "#" + "+".join(sorted(themes))
    if len(key) > 200:
        key = key[:150] + "~" + hashlib.sha1(key.encode()).hexdigest()[:16]
    return key


def tie_row(v: Validator, cells: Cells) -> None:
    given = cells.text("id", limit=200)
    source = cells.actor("source")
    target = cells.actor("target")
    row: dict[str, Any] = {}
    if cells.has("directed"):
        directed = cells.boolean("directed")
        row["directed"] = True if directed is None else directed
    for column, _, category in TIE_CODED:
        if cells.has(column):
            row[column] = cells.code(column, category)
    if cells.has("autonomy"):
        row["autonomy"] = cells.boolean("autonomy")
    for column in ("source_role", "target_role"):
        if cells.has(column):
            row[column] = cells.code(column, "role")
    start, end = cells.span("start", "end")
    for column, value in (("start", start), ("end", end)):
        if cells.has(column):
            row[column] = value
    codes = {
        category: cells.codes(column, category)
        for column, _, category in TIE_LISTS
        if cells.has(column)
    }
    if cells.has("learning_question"):
        row["learning_question"] = cells.text("learning_question")
    if cells.has("weight"):
        row["weight"] = cells.number("weight")
    if source is None or target is None:
        return
    if source == target:
        cells.error("self_tie", "target", target)
        return
    if given:
        key = given
    else:
        key = _tie_key(source, target, start, codes.get("theme", []))
        if not _first(v, "tie", key, cells, "target", f"{source} -> {target}"):
            return
    row["source"], row["target"] = source, target
    v.plan.ties[key] = row
    v.plan.tie_codes[key] = codes


def affiliation_row(v: Validator, cells: Cells) -> None:
    person = cells.actor("person", kind="person")
    org = cells.actor("organisation", kind="organisation")
    start, end = cells.span("start", "end")
    row: dict[str, Any] = {}
    for column in ("function", "end"):
        if cells.has(column):
            row[column] = end if column == "end" else cells.text("function", limit=200)
    if person and org:
        key = (person, org, start)
        if _first(v, "affiliation", key, cells, "organisation", org):
            v.plan.affiliations[key] = row


def membership_row(v: Validator, cells: Cells) -> None:
    actor = cells.actor("actor")
    group = cells.actor("group", kind="group")
    row: dict[str, Any] = {}
    if cells.has("role"):
        row["role"] = cells.code("role", "membership_role") or "member"
    start, end = cells.span("start", "end")
    for column, value in (("start", start), ("end", end)):
        if cells.has(column):
            row[column] = value
    if actor and group and _first(v, "membership", (actor, group), cells, "group", group):
        v.plan.memberships[(actor, group)] = row


def actor_theme_row(v: Validator, cells: Cells) -> None:
    actor = cells.actor("actor")
    theme = cells.code("theme", "theme", required=True)
    relation = cells.code("relation", "theme_relation", required=True)
    row: dict[str, Any] = {}
    if cells.has("level"):
        row["level"] = cells.code("level", "expertise_level")
    if cells.has("description"):
        row["description"] = cells.text("description")
    if actor and theme and relation:
        key = (actor, theme, relation)
        if _first(v, "actor_theme", key, cells, "theme", theme):
            v.plan.actor_themes[key] = row


def story_row(v: Validator, cells: Cells) -> None:
    given = cells.text("id", limit=80)
    tie = cells.text("tie", limit=200)
    if tie is not None and tie not in v.tie_keys:
        cells.error("unknown_tie", "tie", tie)
        tie = None
    group = cells.actor("group", kind="group", required=False)
    if not cells.values.get("tie") and not cells.values.get("group"):
        cells.error("story_target", "tie" if cells.has("tie") else "group")
    text = cells.text("text", required=True)
    row: dict[str, Any] = {"tie": tie, "group": group, "text": text}
    if cells.has("title"):
        row["title"] = cells.text("title", limit=300)
    if cells.has("level"):
        row["level"] = cells.code("level", "story_level")
    if cells.has("outcome_kind"):
        row["outcome_kind"] = cells.code("outcome_kind", "outcome_kind")
    if cells.has("date"):
        row["told_on"] = cells.date("date")
    themes = cells.codes("themes", "theme") if cells.has("themes") else None
    if text is None or (tie is None and group is None):
        return
    key = given or f"{(tie or group or '')[:60]}:{hashlib.sha1(text.encode()).hexdigest()[:12]}"
    if _first(v, "story", key, cells, "id", key):
        v.plan.stories[key] = row
        if themes is not None:
            v.plan.story_themes[key] = themes


def assessment_row(v: Validator, cells: Cells) -> None:
    actor = cells.actor("actor", kind="organisation")
    checklists = sorted(set(v.state.statements.values()))
    checklist = cells.text("checklist", required=True)
    if checklist is not None and checklist not in checklists:
        cells.error(
            "unknown_code", "checklist", checklist, accepted=checklists, category="checklist"
        )
        checklist = None
    on = cells.date("date", required=True)
    statement = cells.text("statement", required=True)
    if statement is not None and statement not in v.state.statements:
        cells.error(
            "unknown_code",
            "statement",
            statement,
            accepted=sorted(v.state.statements),
            category="statement",
        )
        statement = None
    elif statement is not None and checklist and v.state.statements[statement] != checklist:
        cells.error(
            "statement_checklist", "statement", statement, checklist=v.state.statements[statement]
        )
        statement = None
    score = _score(v, cells)
    if not (actor and checklist and on and statement and score):
        return
    key = (actor, checklist, on)
    if not _first(v, "score", (key, statement), cells, "statement", statement):
        return
    fields = v.plan.assessments.setdefault(key, {})
    note = cells.text("note")
    if note and not fields.get("note"):
        fields["note"] = note
    v.plan.scores.setdefault(key, {})[statement] = score


def _score(v: Validator, cells: Cells) -> int | None:
    text = cells.values.get("score", "")
    if text in ("1", "2", "3"):
        return int(text)
    if not text:
        cells.error("required", "score")
        return None
    code = v.codebook.resolve("assessment_score", text)
    value = v.codebook.value("assessment_score", code) if code else None
    if value is None:
        cells.error(
            "bad_score",
            "score",
            text,
            accepted=("1", "2", "3", *v.codebook.codes("assessment_score")),
            suggestion=v.codebook.closest("assessment_score", text),
        )
        return None
    return int(value)
