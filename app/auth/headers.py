"""Security headers on every response, and the origin check for state changes.

The CSP allows scripts only from this origin plus the SHA-256 hashes of Dash's own
inline scripts (``app.csp_hashes()``: the renderer bootstrap and inline clientside
callbacks; the ``_dash-config`` block is JSON, not script, so it needs none). Styles
need ``'unsafe-inline'``: React sets ``style`` attributes from layouts, and AG Grid,
Plotly and Cytoscape inject ``<style>`` elements at run time. Style injection cannot
run script, and ``script-src`` stays strict. See docs/accounts.md for what was tried.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import dash
import flask

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_STATIC_DIRECTIVES = (
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)


class ContentSecurityPolicy:
    """The CSP header of one app; recomputed only when Dash adds an inline script."""

    def __init__(self, app: dash.Dash) -> None:
        self._app = app
        self._seen = -1
        self._header = ""

    def header(self) -> str:
        # The pages router adds its clientside callback on the first request.
        count = len(self._app._inline_scripts) + len(dash._callback.GLOBAL_INLINE_SCRIPTS)
        if count != self._seen:
            hashes = " ".join(self._app.csp_hashes())
            self._header = "; ".join((f"script-src 'self' {hashes}", *_STATIC_DIRECTIVES))
            self._seen = len(self._app._inline_scripts)
        return self._header


def install_headers(app: dash.Dash) -> None:
    policy = ContentSecurityPolicy(app)

    def add_headers(response: flask.Response) -> flask.Response:
        response.headers["Content-Security-Policy"] = policy.header()
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return response

    app.server.after_request(add_headers)


def request_origin() -> str | None:
    """The Origin of the request, else the scheme and host of its Referer."""
    origin = flask.request.headers.get("Origin")
    if origin:
        return origin
    referer = flask.request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return None


def origin_allowed(origin: str | None, *, trusted: tuple[str, ...], required: bool) -> bool:
    """Whether a state-changing request may proceed.

    A present origin must be this host's (or a configured trusted origin); a missing
    one is refused whenever logins are required. Browsers always send Origin on
    POST; in local mode command-line clients and tests may omit it.
    """
    if origin is None:
        return not required
    own = flask.request.host_url.rstrip("/")
    return origin.rstrip("/") in {own, *(t.rstrip("/") for t in trusted)}
