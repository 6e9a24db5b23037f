"""The expert finder (``/experts``): who can help with this question, and who can
introduce us?

Thin: the callbacks hand raw input to ``app.presenters.experts.experts_view`` (which
treats it as forged) and turn the returned cards into components. The question
lives in the URL (``?themes=dyslexia&asker=P004``) so a search can be bookmarked;
the browser's address is rewritten with ``history.replaceState``, which does not
re-run the page router.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import Input, Output, callback, dcc, html

from app import ids
from app.components.address_bar import mirror_query_in_address_bar
from app.i18n import normalise_language, t
from app.presenters import experts as presenter
from app.presenters.expertise_records import network_records, readable_records
from app.presenters.introduction_picture import PICTURE_PROPS, STYLESHEET
from app.services import current
from app.viewer import current_viewer

dash.register_page(__name__, path="/experts", name="Expertzoeker", title="collabnet · experts")

THEMES, TEXT, ASKER, PREFS = "experts-themes", "experts-text", "experts-asker", "experts-prefs"
SECTORS, REGIONS, PHASE, KINDS = (
    "experts-sectors",
    "experts-regions",
    "experts-phase",
    "experts-kinds",
)
WEIGHTS = tuple(f"experts-weight-{part}" for part in presenter.PARTS)
RESULTS, SUMMARY, ALERT, QUERY = (
    "experts-results",
    "experts-summary",
    "experts-alert",
    "experts-query",
)
UNDERSTOOD = "experts-understood"  # how the free text was read, atop the results

# component id -> message id, translated when the language changes
LABELS = {
    "experts-title": "experts.title",
    "experts-intro": "experts.intro",
    "experts-themes-label": "experts.themes",
    "experts-text-label": "experts.text",
    "experts-asker-label": "experts.asker",
    "experts-prefs-label": "experts.prefs",
    "experts-sectors-label": "experts.sectors",
    "experts-regions-label": "experts.regions",
    "experts-phase-label": "experts.phase",
    "experts-kinds-label": "experts.kinds",
    "experts-weights-label": "experts.weights",
    "experts-weights-help": "experts.weights_help",
    **{f"{w}-label": f"experts.part.{p}" for w, p in zip(WEIGHTS, presenter.PARTS, strict=True)},
}


def _label(key: str, language: str, **kw: object) -> html.Label:
    return html.Label(t(LABELS[key], language), id=key, className="form-label fw-semibold", **kw)


def layout(**query: object) -> html.Div:
    """The form, filled from the URL query; results come from the search callback."""
    language = current().settings.language
    records = readable_records(current().engine)
    if records is None:
        return dbc.Alert(t("error.database", language), color="danger", className="mt-3")
    form = presenter.form_from_query(records, query)
    prefs = [p for p, on in (("outside", form.outside), ("f2f", form.face_to_face)) if on]
    sliders = [
        html.Div(
            [
                _label(f"{wid}-label", language),
                dcc.Slider(
                    id=wid,
                    min=0,
                    max=1,
                    step=0.05,
                    value=value,
                    marks=None,
                    tooltip={"placement": "bottom", "always_visible": False},
                ),
            ]
        )
        for wid, value in zip(WEIGHTS, form.weights, strict=True)
    ]
    form_column = dbc.Col(
        [
            _label("experts-asker-label", language),
            dcc.Dropdown(
                id=ASKER,
                options=presenter.asker_options(records, language),
                value=form.asker,
                searchable=True,
                clearable=True,
                placeholder=t("experts.asker_placeholder", language),
            ),
            _label("experts-themes-label", language, style={"marginTop": "0.75rem"}),
            dcc.Dropdown(
                id=THEMES,
                options=presenter.code_options(records, "theme", language),
                value=list(form.themes),
                multi=True,
            ),
            _label("experts-text-label", language, style={"marginTop": "0.75rem"}),
            dbc.Input(
                id=TEXT,
                value=form.text,
                debounce=True,
                maxLength=presenter.MAX_TEXT,
                placeholder=t("experts.text_placeholder", language),
            ),
            _label("experts-kinds-label", language, style={"marginTop": "0.75rem"}),
            dbc.Checklist(
                id=KINDS, options=_kind_options(language), value=list(form.kinds), inline=True
            ),
            _label("experts-prefs-label", language, style={"marginTop": "0.75rem"}),
            dbc.Checklist(id=PREFS, options=_pref_options(language), value=prefs),
            _label("experts-sectors-label", language, style={"marginTop": "0.5rem"}),
            dcc.Dropdown(
                id=SECTORS,
                options=presenter.code_options(records, "sector", language),
                value=list(form.sectors),
                multi=True,
            ),
            _label("experts-regions-label", language, style={"marginTop": "0.5rem"}),
            dcc.Dropdown(
                id=REGIONS,
                options=presenter.region_options(records),
                value=list(form.regions),
                multi=True,
            ),
            _label("experts-phase-label", language, style={"marginTop": "0.5rem"}),
            dcc.Dropdown(
                id=PHASE,
                options=presenter.code_options(records, "career_phase", language),
                value=form.career_phase,
            ),
            html.Hr(),
            _label("experts-weights-label", language),
            html.P(
                t("experts.weights_help", language),
                id="experts-weights-help",
                className="small text-muted",
            ),
            *sliders,
        ],
        md=4,
        className="cn-experts-form",
    )
    results = dbc.Col(
        [
            html.P(id=SUMMARY, className="fw-semibold"),
            dbc.Alert(id=ALERT, color="info", is_open=False),
            dcc.Loading(html.Div(id=RESULTS), type="dot"),
        ],
        md=8,
    )
    return html.Div(
        [
            html.H1(t("experts.title", language), id="experts-title", className="h3 mt-3"),
            html.P(t("experts.intro", language), id="experts-intro", className="text-muted"),
            dbc.Row([form_column, results]),
            dcc.Store(id=QUERY),
        ]
    )


def _kind_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(f"experts.kind.{k}", language), "value": k} for k in presenter.KINDS]


def _pref_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(f"experts.pref.{p}", language), "value": p} for p in presenter.PREFS]


@callback(
    *[Output(key, "children") for key in LABELS],
    Output(ASKER, "options"),
    Output(THEMES, "options"),
    Output(SECTORS, "options"),
    Output(PHASE, "options"),
    Output(KINDS, "options"),
    Output(PREFS, "options"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    records = network_records(services.engine)
    return (
        *[t(message, lang) for message in LABELS.values()],
        presenter.asker_options(records, lang),
        presenter.code_options(records, "theme", lang),
        presenter.code_options(records, "sector", lang),
        presenter.code_options(records, "career_phase", lang),
        _kind_options(lang),
        _pref_options(lang),
    )


@callback(
    Output(RESULTS, "children"),
    Output(SUMMARY, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Output(QUERY, "data"),
    Input(THEMES, "value"),
    Input(TEXT, "value"),
    Input(ASKER, "value"),
    Input(PREFS, "value"),
    Input(SECTORS, "value"),
    Input(REGIONS, "value"),
    Input(PHASE, "value"),
    Input(KINDS, "value"),
    *[Input(w, "value") for w in WEIGHTS],
    Input(ids.LANGUAGE_STORE, "data"),
)
def run_search(themes, text, asker, prefs, sectors, regions, phase, kinds, *rest):
    *weights, language = rest
    services = current()
    view = presenter.experts_view(
        services.engine,
        current_viewer(),
        normalise_language(language, services.settings.language),
        themes=themes,
        text=text,
        asker=asker,
        prefs=prefs,
        sectors=sectors,
        regions=regions,
        career_phase=phase,
        kinds=kinds,
        weights=list(weights),
    )
    cards = [_card(card, view.language) for card in view.cards]
    if view.understood:
        cards.insert(0, html.P(view.understood, id=UNDERSTOOD, className="small text-muted"))
    return cards, view.summary, view.message, view.message is not None, view.query_string


# Keep the state in the address bar (bookmarks) without re-running the page router.
mirror_query_in_address_bar(QUERY, prevent_initial_call=True)


def _card(card: presenter.CandidateCard, language: str) -> dbc.Card:
    """One candidate: header, score parts, evidence, warm introduction."""
    subtitle = " · ".join(x for x in (card.type_label, card.organisations) if x)
    colours = ("success", "info", "warning", "secondary")
    parts = [
        html.Li(
            [
                html.Span(
                    className=f"d-inline-block bg-{colour} me-1",
                    style={"width": "0.7rem", "height": "0.7rem"},
                ),
                f"{label}: {value:.2f} (+{share:.2f})",
            ],
            className="list-inline-item me-3 cn-score-part",
        )
        for (_, label, value, share), colour in zip(card.parts, colours, strict=True)
    ]
    bar = dbc.Progress(
        [
            dbc.Progress(value=share * 100, color=colour, bar=True)
            for (_, _, _, share), colour in zip(card.parts, colours, strict=True)
        ],
        style={"height": "0.9rem"},
        className="mb-2",
    )
    if card.has_path:
        picture = cyto.Cytoscape(
            elements=card.elements,
            stylesheet=STYLESHEET,
            **PICTURE_PROPS,
            userZoomingEnabled=False,
            userPanningEnabled=False,
            autoungrabify=True,
            boxSelectionEnabled=False,
        )
    else:
        picture = html.P(t("experts.no_path", language), className="text-muted fst-italic")
    return dbc.Card(
        [
            dbc.CardHeader(
                [
                    html.Span(f"{card.rank}.", className="fw-bold me-2"),
                    html.Span(card.name, className="fw-bold cn-candidate-name"),
                    html.Span(f" {subtitle}", className="text-muted ms-2"),
                    dbc.Badge(
                        f"{t('experts.score', language)} {card.score:.2f}",
                        color="dark",
                        className="ms-auto",
                    ),
                ],
                className="d-flex align-items-center",
            ),
            dbc.CardBody(
                [
                    bar,
                    html.Ul(parts, className="small list-inline cn-score-parts"),
                    html.H6(t("experts.evidence", language)),
                    html.Ul(
                        [html.Li(sentence) for sentence in card.evidence],
                        className="small cn-evidence",
                    ),
                    html.H6(t("experts.path", language)),
                    html.P(card.path_text, className="small cn-path-text"),
                    picture,
                ]
            ),
        ],
        className="mb-3 cn-candidate",
        id={"type": "experts-card", "key": card.key},
    )
