"""Which action every page, callback and route needs: the one declaration table.

Pages are declared by path, callbacks by output (component id and property, a pattern
id by its ``type``), routes by Flask endpoint. Lookup is by longest matching prefix,
so a whole page's callbacks share one row and an export on that page overrides it.
Anything without a row is denied: a new callback or route must be declared here, and
tests/app/test_guard_registry.py walks Dash's callback map and Flask's url map to
prove that every one is. Editing and exports add their rows here.
"""

from __future__ import annotations

from typing import Final

from dash._utils import split_callback_id

# Not an action a role may hold: reachable without login (the login form and its CSS).
PUBLIC: Final = "public"
# The callback is Dash's pages router: the page's own action applies (PAGE_ACTIONS).
PAGE: Final = "page"
# The route calls a callback: the callback's declaration applies (CALLBACK_ACTIONS).
CALLBACK: Final = "callback"

PAGE_ACTIONS: Final[dict[str, str]] = {
    "/explorer": "view",
    "/dashboard": "view",
    "/actors": "view",
    "/actor/<actor_id>": "view",
    "/ties": "view",
    "/expertise": "view",
    "/experts": "view",
    "/assessment": "view",
    "/stories": "view",
    "/404": "view",
    "/import": "edit",
    "/privacy": "view",  # the data inventory: names fields, never a person
}

# (output prefix "component-id.property", action); longest prefix wins.
CALLBACK_ACTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("_pages_content.", PAGE),
    ("_pages_store.", PAGE),
    ("_pages_dummy.", "view"),  # clientside: sets document.title
    ("cn-", "view"),  # shell: language, navbar, account area
    ("explorer-", "view"),
    ("explorer-download.", "export"),  # SVG, CSV, XLSX of the view
    ("explorer-graph.generateImage", "export"),  # PNG of the view
    ("explorer-png-caption.", "export"),  # title and legend the PNG is framed with
    ("dashboard-", "view"),
    ("dashboard-grid.exportDataAsCsv", "export"),
    ("actors-", "view"),
    ("actors-grid.exportDataAsCsv", "export"),
    ("actor-", "view"),
    ("actor-erase-", "admin"),  # the erase dialog and its confirm (app.components.erase_button)
    ("ties-", "view"),
    ("ties-grid.exportDataAsCsv", "export"),
    ("expertise-", "view"),
    ("expertise-download.", "export"),
    ("experts-", "view"),
    ("assessment-", "view"),
    ("assessment-saved.", "edit"),  # saving a filled-in checklist writes data
    ("assessment-status.", "edit"),
    ("stories-", "view"),
    ("notfound-", "view"),
    ("privacy-", "view"),
    ("import-", "edit"),  # the whole import flow writes data
)

ROUTE_ACTIONS: Final[dict[str, str]] = {
    "login": PUBLIC,
    "logout": PUBLIC,  # POST only; the origin check still applies
    "_dash_assets.static": "view",  # except LOGIN_ASSETS, see guard
    "static": "view",
    "/_dash-component-suites/<string:package_name>/<path:fingerprinted_path>": "view",
    "/_dash-layout": "view",
    "/_dash-dependencies": "view",
    "/_dash-update-component": CALLBACK,
    "/_reload-hash": "admin",  # dev tools hot reload; debug mode is local-only anyway
    "/_favicon.ico": PUBLIC,
    "/": PAGE,
    "/<path:path>": PAGE,
}


# The CLI runs as the local admin (whoever can run it can read the database); this says
# which action each command is, so the same operation offered in the app later needs
# the same role. tests/app/test_auth_matrix.py walks the Typer app against it.
CLI_ACTIONS: Final[dict[str, str]] = {
    "db": "admin",  # migrate up and down
    "seed": "edit",
    "import": "edit",
    "template": "view",
    "export": "export",
    "metrics": "export",  # writes every actor's metrics to a file
    "experts": "view",
    "serve": "admin",
    "user": "admin",  # accounts: add, list, remove, set-role
    "person": "admin",  # erase (right to erasure) and export (right of access)
}


def output_names(callback_key: str) -> list[str]:
    """``component-id.property`` of every output of a callback-map key.

    A pattern-matching id is named by its ``type``; the ``@hash`` that Dash appends
    for ``allow_duplicate`` outputs is dropped.
    """
    import json

    parts = split_callback_id(callback_key)
    outputs = parts if isinstance(parts, list) else [parts]
    names = []
    for out in outputs:
        component, prop = out["id"], out["property"].split("@", 1)[0]
        if component.startswith("{"):
            try:
                component = str(json.loads(component).get("type", component))
            except (ValueError, AttributeError):
                pass
        names.append(f"{component}.{prop}")
    return names


def _declared(name: str) -> str | None:
    best: tuple[int, str] | None = None
    for prefix, action in CALLBACK_ACTIONS:
        if name.startswith(prefix) and (best is None or len(prefix) > best[0]):
            best = (len(prefix), action)
    return best[1] if best else None


def callback_actions(callback_key: str) -> frozenset[str] | None:
    """Every action a callback needs (its outputs' rows), or None if any is undeclared."""
    actions = {_declared(name) for name in output_names(callback_key)}
    if None in actions:
        return None
    return frozenset(a for a in actions if a is not None)
