"""A NetworkFilter told in one plain sentence, in Dutch or English.

Why words: a board member must see which network produced a number without reading
a query string, and exports carry the sentence as provenance. Codes are shown by
their codebook label; a code missing from the codebook is shown as itself.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import networkx as nx

from graph.counts import count_text, counting_rule, level_of
from graph.labels import Labels
from graph.records import NetworkRecords

if TYPE_CHECKING:
    from graph.filters import NetworkFilter

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}

_WORDS = {
    "nl": {
        "all": "Alle samenwerkingen",
        "or": "of",
        "school_year": "in schooljaar {0}",
        "as_of": "actief op {0}",
        "window": "actief tussen {0} en {1}",
        "from": "actief vanaf {0}",
        "to": "actief tot en met {0}",
        "theme": "over het thema {0}",
        "themes": "over de thema's {0}",
        "freq_min": "minimaal {0}",
        "freq_max": "hoogstens {0}",
        "freq_range": "van {0} tot {1}",
        "freq_only": "alleen {0}",
        "voluntariness": "vrijwilligheid {0}",
        "modes": "werkvorm {0}",
        "participation": "deelname {0}",
        "scopes": "reikwijdte {0}",
        "follow_up": "vervolgstructuur {0}",
        "intake": "instroom {0}",
        "decision_making": "besluitvorming {0}",
        "motive_dimensions": "met motieven uit de {0}",
        "types": "tussen actoren van het type {0}",
        "sectors": "in de sector {0}",
        "regions": "in de regio {0}",
        "min_weight": "met een gewicht van minimaal {0}",
        "hide_isolates": "zonder actoren zonder samenwerking",
        "ego1": "in het directe netwerk van {0}",
        "ego": "binnen {1} stappen van {0}",
        "k_core": "alleen de {0}-kern (actoren met minstens {0} partners daarbinnen)",
        "component": "alleen de grootste samenhangende groep",
        "actor": "actor {0}",
        "empty_result": "Geen enkele actor voldoet aan dit filter: {0}",
        "decimal": ",",
    },
    "en": {
        "all": "All collaborations",
        "or": "or",
        "school_year": "in school year {0}",
        "as_of": "active on {0}",
        "window": "active between {0} and {1}",
        "from": "active from {0}",
        "to": "active up to {0}",
        "theme": "on the theme {0}",
        "themes": "on the themes {0}",
        "freq_min": "at least {0}",
        "freq_max": "at most {0}",
        "freq_range": "from {0} to {1}",
        "freq_only": "only {0}",
        "voluntariness": "voluntariness {0}",
        "modes": "mode {0}",
        "participation": "participation {0}",
        "scopes": "scope {0}",
        "follow_up": "follow-up structure {0}",
        "intake": "intake {0}",
        "decision_making": "decision making {0}",
        "motive_dimensions": "with motives in the {0}",
        "types": "between actors of type {0}",
        "sectors": "in the sector {0}",
        "regions": "in the region {0}",
        "min_weight": "with a weight of at least {0}",
        "hide_isolates": "without actors that have no collaboration",
        "ego1": "in the direct network of {0}",
        "ego": "within {1} steps of {0}",
        "k_core": "only the {0}-core (actors with at least {0} partners inside it)",
        "component": "only the largest connected component",
        "actor": "actor {0}",
        "empty_result": "No actor matches this filter: {0}",
        "decimal": ".",
    },
}

_CATEGORY = {
    "voluntariness": "voluntariness",
    "modes": "mode",
    "participation": "participation",
    "scopes": "scope",
    "follow_up": "follow_up",
    "intake": "intake",
    "decision_making": "decision_making",
    "motive_dimensions": "motive_dimension",
}


def _date(day: date, language: str) -> str:
    month = _MONTHS[language].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def _number(value: float, language: str) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", _WORDS[language]["decimal"])


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def describe(
    flt: NetworkFilter,
    *,
    language: str = "nl",
    labels: Labels | NetworkRecords | None = None,
    actor_names: dict[int, str] | None = None,
) -> str:
    """One sentence ending with a full stop; "Alle samenwerkingen." when empty.

    ``labels`` may be a Labels index or the NetworkRecords themselves (then actor
    names for the ego come from the records too).
    """
    language = "en" if language == "en" else "nl"
    w = _WORDS[language]
    if isinstance(labels, NetworkRecords):
        if actor_names is None:
            actor_names = {a.id: a.name for a in labels.actors}
        labels = Labels.from_records(labels)
    labels = labels or Labels()
    names = actor_names or {}

    def lab(category: str, codes: tuple[str, ...] | list[str]) -> str:
        return _join([labels.label(category, c, language) for c in codes], w["or"])

    parts: list[str] = []
    if flt.school_year is not None:
        parts.append(w["school_year"].format(flt.school_year))
    elif flt.as_of is not None:
        parts.append(w["as_of"].format(_date(flt.as_of, language)))
    elif flt.window_start is not None and flt.window_end is not None:
        parts.append(
            w["window"].format(_date(flt.window_start, language), _date(flt.window_end, language))
        )
    elif flt.window_start is not None:
        parts.append(w["from"].format(_date(flt.window_start, language)))
    elif flt.window_end is not None:
        parts.append(w["to"].format(_date(flt.window_end, language)))
    if flt.themes:
        key = "theme" if len(flt.themes) == 1 else "themes"
        parts.append(w[key].format(lab("theme", flt.themes)))
    fmin, fmax = flt.frequency_min, flt.frequency_max
    if fmin and fmax:
        if fmin == fmax:
            parts.append(w["freq_only"].format(lab("frequency", [fmin])))
        else:
            parts.append(w["freq_range"].format(lab("frequency", [fmin]), lab("frequency", [fmax])))
    elif fmin:
        parts.append(w["freq_min"].format(lab("frequency", [fmin])))
    elif fmax:
        parts.append(w["freq_max"].format(lab("frequency", [fmax])))
    for name, category in _CATEGORY.items():
        codes = getattr(flt, name)
        if codes:
            parts.append(w[name].format(lab(category, codes)))
    if flt.actor_types:
        parts.append(w["types"].format(lab("actor_type", flt.actor_types)))
    if flt.sectors:
        parts.append(w["sectors"].format(lab("sector", flt.sectors)))
    if flt.regions:
        parts.append(w["regions"].format(_join(list(flt.regions), w["or"])))
    if flt.min_weight is not None:
        parts.append(w["min_weight"].format(_number(flt.min_weight, language)))
    if flt.hide_isolates:
        parts.append(w["hide_isolates"])
    if flt.ego is not None:
        who = names.get(flt.ego) or w["actor"].format(flt.ego)
        key = "ego1" if flt.radius == 1 else "ego"
        parts.append(w[key].format(who, flt.radius))
    if flt.k_core is not None:
        parts.append(w["k_core"].format(flt.k_core))
    if flt.largest_component:
        parts.append(w["component"])
    return w["all"] + (" " + ", ".join(parts) if parts else "") + "."


def describe_result(
    G: nx.Graph,
    flt: NetworkFilter,
    *,
    language: str = "nl",
    labels: Labels | NetworkRecords | None = None,
    actor_names: dict[int, str] | None = None,
) -> str:
    """What the filter produced (counted as graph.counts says), the filter sentence and
    what a tie is at this level; says so plainly when nothing is left."""
    language = "en" if language == "en" else "nl"
    sentence = describe(flt, language=language, labels=labels, actor_names=actor_names)
    if G.number_of_nodes() == 0:
        return _WORDS[language]["empty_result"].format(sentence)
    rule = counting_rule(level_of(G), language)
    return f"{count_text(G, language)}. {sentence} {rule}"
