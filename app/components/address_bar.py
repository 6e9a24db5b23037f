"""Keep a page's state in the address bar without a navigation.

Pages that let the user bookmark their state (dashboard, expertise map, expert finder)
hold the query string in a ``dcc.Store``; this clientside callback writes it to the
address bar with ``history.replaceState``, so the Dash router does not rebuild the
page. The ``lang`` parameter, if present, is kept.
"""

from __future__ import annotations

from dash import Input, Output, clientside_callback

REPLACE_QUERY_JS = """
function(query) {
    if (query === undefined || query === null) { return window.dash_clientside.no_update; }
    const lang = new URLSearchParams(window.location.search).get("lang");
    const parts = [query, lang ? "lang=" + encodeURIComponent(lang) : ""].filter(Boolean);
    const url = window.location.pathname + (parts.length ? "?" + parts.join("&") : "");
    window.history.replaceState(window.history.state, "", url);
    return window.dash_clientside.no_update;
}
"""


def mirror_query_in_address_bar(store_id: str, *, prevent_initial_call: bool = False) -> None:
    """Register the callback that copies the query in ``store_id`` to the address bar."""
    clientside_callback(
        REPLACE_QUERY_JS,
        Output(store_id, "id"),
        Input(store_id, "data"),
        prevent_initial_call=prevent_initial_call,
    )
