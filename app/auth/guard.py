"""The one server-side guard: every request is checked here before Flask or Dash runs it.

For each request it (1) checks the origin of state-changing requests, (2) finds who
is asking (the local user in local mode, else the logged-in account, else nobody),
(3) finds the action the route, page or callback needs from app.auth.policy, and
(4) lets the request through, sends an anonymous visitor to the login form (pages)
or answers 401/403 (everything else). A callback or route without a declaration is
refused at run time, whoever asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import dash
import flask
from dash import _pages

from app.auth import policy
from app.auth.headers import STATE_CHANGING, origin_allowed, request_origin
from app.auth.login import logged_in_viewer, login_url, remember_viewer
from app.auth.login_page import LOGIN_ASSETS
from app.auth.mode import AccessMode
from app.auth.refused import refused_page
from app.viewer import LOCAL_USER, Viewer

_NO_PATH = object()


@dataclass(frozen=True, slots=True)
class Decision:
    """What the guard needs for one request: actions, or why it cannot say."""

    actions: frozenset[str] | None  # None: undeclared, always refused
    public: bool = False
    page: bool = False  # an HTML page: anonymous visitors are sent to the login form


def page_action(app: dash.Dash, pathname: object) -> str | None:
    """The action of the page Dash would show for ``pathname`` (None: undeclared)."""
    if not isinstance(pathname, str) or len(pathname) > 2000:
        return "view"  # Dash shows the 404 page
    page, _variables = _pages._path_to_page(app.strip_relative_path(pathname))
    if not page:
        return policy.PAGE_ACTIONS.get("/404")
    return policy.PAGE_ACTIONS.get(page.get("path_template") or page["path"])


def _router_pathname(body: dict) -> object:
    """The pathname Dash's pages router will receive: its FIRST input, by position.

    Dash passes inputs to a callback by position, not by the ids the body names, so
    the guard reads the same position and refuses a body whose first input is not
    the router's location (a decoy further down must not pass for the real one).
    """
    inputs = body.get("inputs")
    first = inputs[0] if isinstance(inputs, list) and inputs else None
    if (
        isinstance(first, dict)
        and first.get("id") == "_pages_location"
        and first.get("property") == "pathname"
    ):
        return first.get("value")
    return _NO_PATH


def callback_decision(app: dash.Dash, body: object) -> Decision:
    """The actions a ``/_dash-update-component`` body needs, from the callback it names.

    Dash dispatches on ``body["output"]``; the guard looks up the very same key, so a
    forged body cannot reach one callback while being checked as another.
    """
    if not isinstance(body, dict) or not isinstance(body.get("output"), str):
        return Decision(None)
    key = body["output"]
    if key not in app.callback_map:
        return Decision(None)
    actions = policy.callback_actions(key)
    if actions is None or policy.PUBLIC in actions:
        return Decision(None)
    if policy.PAGE in actions:
        pathname = _router_pathname(body)
        action = None if pathname is _NO_PATH else page_action(app, pathname)
        if action is None:
            return Decision(None)
        actions = (actions - {policy.PAGE}) | {action}
    return Decision(frozenset(actions))


def route_decision(app: dash.Dash, request: flask.Request) -> Decision:
    rule = request.url_rule
    if rule is None:
        return Decision(frozenset({"view"}))  # Flask answers 404 with no content
    declared = policy.ROUTE_ACTIONS.get(rule.endpoint)
    if declared is None:
        return Decision(None)
    if declared == policy.PUBLIC:
        return Decision(frozenset(), public=True)
    if rule.endpoint == "_dash_assets.static" and request.view_args:
        if request.view_args.get("filename") in LOGIN_ASSETS:
            return Decision(frozenset(), public=True)
    if declared == policy.CALLBACK:
        # MAX_CONTENT_LENGTH (uploads travel in callbacks) bounds what get_json reads.
        return callback_decision(app, request.get_json(silent=True))
    if declared == policy.PAGE:
        action = page_action(app, request.path)
        return Decision(None if action is None else frozenset({action}), page=True)
    return Decision(frozenset({declared}))


def allowed(viewer: Viewer, decision: Decision) -> bool:
    """The authorisation rule itself, a plain function (tests/app/test_auth_matrix.py)."""
    if decision.actions is None:
        return False
    return all(viewer.may(action) for action in decision.actions)


def install_guard(
    app: dash.Dash, mode: AccessMode, trusted_origins: tuple[str, ...]
) -> Callable[[], flask.Response | None]:
    """Register the guard as the first before_request of ``app.server``."""

    def guard() -> flask.Response | tuple[object, int] | None:
        request = flask.request
        login_required = mode.login_required
        if request.method in STATE_CHANGING and not origin_allowed(
            request_origin(), trusted=trusted_origins, required=login_required
        ):
            return _refuse(403, "origin")
        if request.method == "OPTIONS":
            return None
        decision = route_decision(app, request)
        if decision.public:
            return None
        viewer = LOCAL_USER if not login_required else logged_in_viewer()
        if viewer is None:
            if decision.page and request.method in ("GET", "HEAD"):
                return flask.redirect(login_url(request.full_path.rstrip("?")), code=302)
            return _refuse(401, "login required")
        if not allowed(viewer, decision):
            if decision.page and decision.actions is not None:
                return refused_page(viewer), 403
            return _refuse(403, "forbidden")
        remember_viewer(viewer, local=not login_required)
        return None

    app.server.before_request_funcs.setdefault(None, []).insert(0, guard)
    return guard


def _refuse(status: int, reason: str) -> flask.Response:
    return flask.Response(reason, status=status, mimetype="text/plain")
