"""The frame around every page: navbar, language switch, and the page container.

The navbar lists the entries of app/navigation.py whose page is registered with
Dash, in that table's order; each link's text is the ``nav.<name>`` message. A new
page needs a row there and a message in its own catalogue, no change here.

The account area shows "local mode" or who is logged in, with a logout button
(app.auth.account_area); it is filled by the same callback that translates the
navbar, so it needs no callback of its own.

The chosen language lives in a ``dcc.Store`` in the browser's localStorage, so it is
remembered across visits; a ``?lang=en`` URL parameter overrides it (shareable
links). Pages read the store and render their text in that language.
"""

from __future__ import annotations

from urllib.parse import parse_qs

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, ctx, dcc, html

from app import ids
from app.auth.account_area import account_area
from app.components import chrome_language
from app.i18n import LANGUAGES, normalise_language, t
from app.messages import privacy as _privacy_messages  # noqa: F401 - the footer link
from app.navigation import nav_id, visible_entries
from app.settings import Settings

MAX_SEARCH_LENGTH = 2000


NAV_LINK_TYPE = "cn-nav-link"


def nav_pages() -> list[tuple[str, str]]:
    """(path, message id) of every registered page that asked for a navbar entry."""
    pages = sorted(
        (page for page in dash.page_registry.values() if page.get("nav")),
        key=lambda page: (page.get("order") or 0, page["path"]),
    )
    return [(page["path"], page["nav"]) for page in pages]


def layout(settings: Settings) -> html.Div:
    """The static shell; texts are filled in by :func:`register_callbacks`."""
    language = settings.language
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.LANGUAGE_STORE, storage_type="local"),
            *chrome_language.components(),
            navbar(language),
            dbc.Container(dash.page_container, id=ids.PAGE, fluid=True, className="cn-page"),
            html.Footer(  # text follows the language through app/pages/privacy.py
                dcc.Link(t("privacy.footer", language), href="/privacy", id=ids.PRIVACY_LINK),
                className="cn-footer small text-muted px-3 py-2 border-top",
            ),
        ]
    )


def navbar(language: str) -> dbc.Navbar:
    switch = dbc.RadioItems(
        id=ids.LANGUAGE_SWITCH,
        options=[{"label": t(f"lang.{code}", language), "value": code} for code in LANGUAGES],
        value=language,
        inline=True,
        className="btn-group cn-language-switch",
        inputClassName="btn-check",
        labelClassName="btn btn-outline-light btn-sm",
        labelCheckedClassName="active",
    )
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(
                    [
                        html.Span("collabnet", className="cn-brand-name"),
                        html.Span(
                            t("app.tagline", language),
                            id=ids.NAV_BRAND,
                            className="cn-brand-tagline d-none d-xxl-inline",
                        ),
                    ],
                    href="/actors",
                ),
                dbc.Nav(
                    [
                        dbc.NavItem(
                            dbc.NavLink(
                                t(f"nav.{entry.name}", language),
                                id=nav_id(entry.name),
                                href=entry.path,
                                active="partial",
                            )
                        )
                        for entry in visible_entries(_registered_paths())
                    ],
                    navbar=True,
                    className="me-auto flex-wrap",
                ),
                html.Div(id=ids.ACCOUNT, className="cn-account d-flex align-items-center"),
                switch,
            ],
            fluid=True,
            className="flex-wrap gap-1",  # many pages wrap instead of pushing the switch off
        ),
        id=ids.NAVBAR,
        color="dark",
        dark=True,
        className="cn-navbar",
    )


def _registered_paths() -> set[str]:
    return {page["path"] for page in dash.page_registry.values()}


def language_from_query(search: object) -> str | None:
    """The ``lang`` parameter of a URL query string, if it names a supported language."""
    if not isinstance(search, str) or not search or len(search) > MAX_SEARCH_LENGTH:
        return None
    values = parse_qs(search.lstrip("?")).get("lang")
    if not values:
        return None
    code = values[0].strip().lower()
    return code if code in LANGUAGES else None


def resolve_language(
    triggered: str | None, switch_value: object, search: object, stored: object, default: str
) -> str:
    """Which language to show after an event: the switch beats the URL beats storage."""
    if triggered == ids.LANGUAGE_SWITCH:
        return normalise_language(switch_value, default)
    from_url = language_from_query(search)
    if from_url:
        return from_url
    return normalise_language(stored, default)


def register_callbacks(app: dash.Dash, settings: Settings) -> None:
    """Shell callbacks, bound to ``app`` (not the global registry)."""

    @app.callback(
        Output(ids.LANGUAGE_STORE, "data"),
        Output(ids.LANGUAGE_SWITCH, "value"),
        Input(ids.LANGUAGE_SWITCH, "value"),
        Input(ids.URL, "search"),
        State(ids.LANGUAGE_STORE, "data"),
    )
    def sync_language(switch_value: object, search: object, stored: object):
        language = resolve_language(
            ctx.triggered_id, switch_value, search, stored, settings.language
        )
        return language, language

    app.clientside_callback(
        chrome_language.apply_js(settings.language),
        Output(chrome_language.MARKER_ID, "lang"),
        Input(ids.LANGUAGE_STORE, "data"),
        State(chrome_language.TEXTS_ID, "data"),
    )

    @app.callback(
        Output(nav_id(ALL), "children"),
        Output(ids.NAV_BRAND, "children"),
        Output(ids.ACCOUNT, "children"),
        Input(ids.LANGUAGE_STORE, "data"),
        State(nav_id(ALL), "id"),
    )
    def translate_navbar(stored: object, link_ids: list[dict[str, str]]):
        language = normalise_language(stored, settings.language)
        names = [link["page"] for link in link_ids or [] if isinstance(link, dict)]
        return (
            [t(f"nav.{name}", language) for name in names],
            t("app.tagline", language),
            account_area(language),
        )
