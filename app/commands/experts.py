"""``collabnet experts``: the expert finder on the command line.

    collabnet experts --theme dyslexia --for P004 [--theme ...] [--text TEXT]
        [--outside-own-organisation] [--limit N] [--json] [--language nl|en]

ACTOR is an actor's key from the import files (``P004``) or its exact name; THEME a
theme code or its Dutch or English label. Unknown ones are a plain error on stderr
with the closest matches and exit status 2. One block per candidate: rank, name,
type, score and its parts, evidence, and the warm-introduction path in words.
"""

from __future__ import annotations

import difflib
import json
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
)
from app.i18n import t

if TYPE_CHECKING:  # the heavy imports wait until the command runs: `collabnet --help` stays fast
    from graph.experts import Candidate, ExpertQuery
    from graph.labels import Labels
    from graph.records import ActorRecord, NetworkRecords

USAGE_ERROR = 2
PARTS = ("expertise", "proximity", "availability", "preference")


def resolve_actor(records: NetworkRecords, text: str) -> ActorRecord:
    """The actor with key ``text``, else with exactly that name; a usage error otherwise."""
    by_key = {a.key: a for a in records.actors if a.kind in ("person", "organisation")}
    if text in by_key:
        return by_key[text]
    named = [a for a in by_key.values() if a.name == text]
    if not named:
        folded = [a for a in by_key.values() if a.name.casefold() == text.strip().casefold()]
        named = folded if len(folded) == 1 else []
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        keys = ", ".join(sorted(a.key for a in named))
        fail(f"{len(named)} actors are called {text!r}; use one of their ids: {keys}", USAGE_ERROR)
    names = {a.name: a.key for a in by_key.values()}
    close = difflib.get_close_matches(text, list(names) + list(by_key), n=3, cutoff=0.5)
    hint = (
        "; closest: " + ", ".join(f"{c} ({names[c]})" if c in names else c for c in close)
        if close
        else ""
    )
    fail(f"no person or organisation with id or name {text!r}{hint}", USAGE_ERROR)


def resolve_theme(records: NetworkRecords, text: str, language: str) -> str:
    """A theme code from a code or a Dutch or English label (any case)."""
    from db.codebook import Codebook

    codebook = Codebook(records.codebook)
    code = codebook.resolve("theme", text)
    if code is not None:
        return code
    labels = {}
    for entry in codebook.entries("theme"):
        for option in (entry.code, entry.label_nl, entry.label_en):
            labels[option.casefold()] = entry
    close = difflib.get_close_matches(text.casefold(), list(labels), n=3, cutoff=0.5)
    suggestions = dict.fromkeys(f"{labels[c].code} ({labels[c].label(language)})" for c in close)
    hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
    fail(f"unknown theme {text!r}{hint}", USAGE_ERROR)


def candidate_block(
    records: NetworkRecords,
    labels: Labels,
    candidate: Candidate,
    rank: int,
    query: ExpertQuery,
    language: str,
) -> str:
    """One candidate as plain text lines (no markup: names are user data)."""
    from app.presenters.experts import evidence_sentences

    actor = candidate.actor
    actors = records.actor_by_id()
    detail = [labels.label("actor_type", actor.type, language)]
    detail += [actors[o].name for o in actor.organisation_ids if o in actors]
    w = query.weights
    weights = (w.expertise, w.proximity, w.availability, w.preference)
    values = (
        candidate.expertise,
        candidate.proximity,
        candidate.availability,
        candidate.preference,
    )
    parts = " + ".join(
        f"{t(f'experts.part.{p}', language).lower()} {v:.2f} x {wt:.2f}"
        for p, v, wt in zip(PARTS, values, weights, strict=True)
    )
    total = sum(weights) or 1.0
    lines = [
        f"{rank}. {actor.name} ({', '.join(detail)}) [{actor.key}]",
        f"   {t('experts.score', language)} {candidate.score:.3f} = ({parts}) / {total:.2f}",
    ]
    for sentence in evidence_sentences(candidate, labels, language):
        lines.append(f"   - {sentence}")
    lines.append(f"   {t('experts.path', language)}: {candidate.path_text}")
    return "\n".join(lines)


def candidate_json(records: NetworkRecords, candidate: Candidate, rank: int) -> dict:
    """Machine-readable candidate: keys (stable ids of the import files), not row ids."""
    actors = records.actor_by_id()
    ties = {t.id: t.key for t in records.ties}
    path = candidate.path
    return {
        "rank": rank,
        "key": candidate.actor.key,
        "name": candidate.actor.name,
        "kind": candidate.actor.kind,
        "type": candidate.actor.type,
        "organisations": [actors[o].key for o in candidate.actor.organisation_ids if o in actors],
        "score": round(candidate.score, 6),
        "parts": {p: round(getattr(candidate, p), 6) for p in PARTS},
        "tie_count": candidate.tie_count,
        "evidence": {
            "stated": [{"theme": th, "level": lv} for th, lv in candidate.evidence.stated],
            "ties": [ties.get(i) or i for i in candidate.evidence.tie_ids],
            "stories": list(candidate.evidence.story_ids),
            "texts": list(candidate.evidence.texts),
            "questions_answered": list(candidate.evidence.questions),
            "topics": [
                {"theme": theme, "ties": n_ties, "stories": n_stories}
                for theme, n_ties, n_stories in candidate.evidence.topics
            ],
        },
        "path": None
        if path is None
        else {
            "actors": [actors[n].key for n in path.nodes],
            "relations": [h.relation for h in path.hops],
            "cost": path.cost,
        },
        "path_text": candidate.path_text,
    }


def experts_command(
    ctx: typer.Context,
    actor: Annotated[
        str,
        typer.Option(
            "--for", help="Who is asking: an actor id from the import files or its exact name."
        ),
    ],
    theme: Annotated[
        list[str] | None,
        typer.Option(
            "--theme", help="Theme code or label; repeat for several themes (or give --text)."
        ),
    ] = None,
    text: Annotated[
        str, typer.Option("--text", help="The question in your own words (optional).")
    ] = "",
    outside: Annotated[
        bool,
        typer.Option(
            "--outside-own-organisation", help="Leave out the asker's own organisation(s)."
        ),
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=500, help="How many candidates.")
    ] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
    language: Annotated[
        str | None, typer.Option("--language", help="nl or en (default: COLLABNET_LANGUAGE).")
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Rank people and organisations who can help with a theme, with the introduction path."""
    import app.messages.experts  # noqa: F401 - registers the messages
    from db.queries import read_network
    from graph.experts import ExpertQuery, find_experts, understand
    from graph.labels import Labels

    settings = load_settings(ctx, database_url)
    if language is not None and language not in ("nl", "en"):
        fail(f"--language must be nl or en, not {language!r}", USAGE_ERROR)
    lang = language or settings.language
    with engine_for(settings) as engine:
        try:
            records = read_network(engine)
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    asker = resolve_actor(records, actor)
    themes = tuple(dict.fromkeys(resolve_theme(records, th, lang) for th in theme or ()))
    if not themes and not text.strip():
        fail("give a theme (--theme) or a question (--text)", USAGE_ERROR)
    if not themes and not understand(records, text).meaningful:
        words = ", ".join(understand(records, text).ignored)
        fail(t("experts.no_terms", lang, words=words), USAGE_ERROR)
    query = ExpertQuery(
        asker=asker.id, themes=themes, text=text, outside_own_organisation=outside, limit=limit
    )
    candidates = find_experts(records, query, lang)
    if as_json:
        payload = {
            "asker": asker.key,
            "themes": list(themes),
            "text": text,
            "outside_own_organisation": outside,
            "candidates": [candidate_json(records, c, i) for i, c in enumerate(candidates, 1)],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if not candidates:
        typer.echo(t("experts.none", lang))
        return
    labels = Labels.from_records(records)
    blocks = [
        candidate_block(records, labels, c, i, query, lang) for i, c in enumerate(candidates, 1)
    ]
    typer.echo("\n\n".join(blocks))
