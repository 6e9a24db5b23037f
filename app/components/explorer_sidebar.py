"""The explorer's side panel: view choices and every filter, filled from a request.

Component ids live here (``SIDEBAR_CONTROLS`` maps control name -> (id, property)) so
the page's callbacks and the browser tests name exactly what is rendered.
"""

from __future__ import annotations

from typing import Final

import dash_bootstrap_components as dbc
from dash import dcc, html

from app.i18n import t
from app.presenters.explorer_details import metric_name
from app.presenters.explorer_elements import COLOR_BY
from app.presenters.explorer_state import LEVELS
from app.presenters.explorer_view_controls import MENU_SIZES, MULTI
from graph.layout import LAYOUT_KINDS

PREFIX: Final = "explorer-"
#: control name -> (component id, value property), in callback order.
SIDEBAR_CONTROLS: Final[dict[str, tuple[str, str]]] = {
    "level": (PREFIX + "level", "value"),
    "color": (PREFIX + "color", "value"),
    "size": (PREFIX + "size", "value"),
    "layout": (PREFIX + "layout", "value"),
    "directed": (PREFIX + "directed", "value"),
    **{name: (PREFIX + "f-" + name, "value") for name, _f, _c in MULTI},
    "frequency": (PREFIX + "f-frequency", "value"),
    "min_weight": (PREFIX + "f-min-weight", "value"),
    "ego": (PREFIX + "f-ego", "value"),
    "radius": (PREFIX + "f-radius", "value"),
    "k_core": (PREFIX + "f-k-core", "value"),
    "flags": (PREFIX + "f-flags", "value"),
    "years": (PREFIX + "years", "value"),
}
#: component id -> message id of every translated label.
LABELS: Final[dict[str, str]] = {
    PREFIX + "view-title": "explorer.view",
    PREFIX + "level-label": "explorer.level",
    PREFIX + "color-label": "explorer.color",
    PREFIX + "size-label": "explorer.size",
    PREFIX + "layout-label": "explorer.layout",
    PREFIX + "filters-title": "explorer.filters",
    **{PREFIX + f"f-{name}-label": f"explorer.f.{name}" for name, _f, _c in MULTI},
    PREFIX + "f-frequency-label": "explorer.f.frequency",
    PREFIX + "f-min-weight-label": "explorer.f.min_weight",
    PREFIX + "f-ego-label": "explorer.f.ego",
    PREFIX + "f-radius-label": "explorer.f.radius",
    PREFIX + "f-k-core-label": "explorer.f.k_core",
    PREFIX + "reset": "explorer.reset",
}


def choice_options(language: str) -> dict[str, list[dict]]:
    """Options of the single-choice view controls, in ``language``."""
    return {
        "level": [{"label": t(f"explorer.level.{v}", language), "value": v} for v in LEVELS],
        "color": [{"label": t(f"explorer.color.{v}", language), "value": v} for v in COLOR_BY],
        "size": [{"label": t("explorer.size.none", language), "value": "none"}]
        + [{"label": metric_name(m, language), "value": m} for m in MENU_SIZES],
        "layout": [
            {"label": t(f"explorer.layout.{v}", language), "value": v} for v in LAYOUT_KINDS
        ],
        "directed": [{"label": t("explorer.directed", language), "value": "directed"}],
        "flags": [
            {"label": t("explorer.f.isolates", language), "value": "isolates"},
            {"label": t("explorer.f.component", language), "value": "component"},
        ],
    }


def _label(key: str, language: str) -> html.Label:
    return html.Label(t(LABELS[key], language), id=key, className="form-label cn-ctl-label")


def _id(name: str) -> str:
    return SIDEBAR_CONTROLS[name][0]


def sidebar(
    values: dict, options: dict[str, list[dict]], frequency: list[dict], language: str
) -> html.Div:
    """The panel; ``options`` per multi-select, ``frequency`` the slider's labelled stops."""
    choices = choice_options(language)
    view = [
        html.H2(t("explorer.view", language), id=PREFIX + "view-title", className="cn-side-title"),
        _label(PREFIX + "level-label", language),
        dbc.RadioItems(id=_id("level"), options=choices["level"], value=values["level"]),
        _label(PREFIX + "color-label", language),
        dbc.Select(id=_id("color"), options=choices["color"], value=values["color"], size="sm"),
        _label(PREFIX + "size-label", language),
        dbc.Select(id=_id("size"), options=choices["size"], value=values["size"], size="sm"),
        _label(PREFIX + "layout-label", language),
        dbc.Select(id=_id("layout"), options=choices["layout"], value=values["layout"], size="sm"),
        dbc.Checklist(
            id=_id("directed"),
            options=choices["directed"],
            value=values["directed"],
            switch=True,
            className="mt-2",
        ),
    ]
    filters: list = [
        html.Div(
            [
                html.H2(
                    t("explorer.filters", language),
                    id=PREFIX + "filters-title",
                    className="cn-side-title mb-0",
                ),
                dbc.Button(
                    t("explorer.reset", language),
                    id=PREFIX + "reset",
                    size="sm",
                    color="secondary",
                    outline=True,
                ),
            ],
            className="d-flex justify-content-between align-items-center mt-3",
        )
    ]
    for name, _field, _category in MULTI:
        filters += [
            _label(PREFIX + f"f-{name}-label", language),
            dcc.Dropdown(
                id=_id(name),
                options=options[name],
                value=values[name],
                multi=True,
                placeholder=t("explorer.any", language),
                className="cn-dropdown",
            ),
        ]
    top = max(len(frequency) - 1, 0)
    filters += [
        _label(PREFIX + "f-frequency-label", language),
        dcc.RangeSlider(
            id=_id("frequency"),
            min=0,
            max=top,
            step=1,
            value=values["frequency"],
            marks={i: {"label": f["label"]} for i, f in enumerate(frequency)},
            allowCross=False,
            allow_direct_input=False,
        ),
        _label(PREFIX + "f-min-weight-label", language),
        dbc.Input(
            id=_id("min_weight"),
            type="number",
            min=0,
            step=0.5,
            size="sm",
            value=values["min_weight"],
            debounce=True,
        ),  # fmt: skip
        _label(PREFIX + "f-ego-label", language),
        dcc.Dropdown(id=_id("ego"), options=options["actors"], value=values["ego"]),
        _label(PREFIX + "f-radius-label", language),
        dbc.RadioItems(
            id=_id("radius"),
            options=[{"label": str(i), "value": i} for i in (1, 2, 3)],
            value=values["radius"],
            inline=True,
        ),
        _label(PREFIX + "f-k-core-label", language),
        dbc.Input(
            id=_id("k_core"),
            type="number",
            min=1,
            step=1,
            size="sm",
            value=values["k_core"],
            debounce=True,
        ),  # fmt: skip
        dbc.Checklist(
            id=_id("flags"), options=choices["flags"], value=values["flags"], className="mt-2"
        ),
    ]
    return html.Div(view + filters, className="cn-explorer-side")
