"""Login and logout: Flask-Login sessions, a plain HTML form, rate-limited attempts.

The form is a small Flask route rather than a Dash page, so an anonymous visitor gets
no Dash bundle and no callback at all; it needs only two stylesheets. CSRF safety
comes from the origin check (app.auth.guard, for every POST) and the SameSite=Lax,
HttpOnly session cookie. Failed attempts are limited per client address and per user
name (Flask-Limiter, in-memory storage: right for one process; see docs/accounts.md).
The session stores ``id:version``, so removing an account or changing it (role,
password) ends its sessions at their next request.
"""

from __future__ import annotations

from urllib.parse import urlencode

import flask
import flask_login
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from app.auth import passwords
from app.auth.login_page import render_login
from app.i18n import normalise_language
from app.services import current
from app.viewer import Viewer
from db.users import Account, account_by_id, login_record, set_password_hash

LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
AFTER_LOGIN = "/explorer"
_VIEWER_KEY = "collabnet_viewer"
_LOCAL_KEY = "collabnet_local"
MAX_NAME_LENGTH = 200


class SessionUser(flask_login.UserMixin):
    """Flask-Login's view of an account."""

    def __init__(self, account: Account) -> None:
        self.account = account

    def get_id(self) -> str:
        return f"{self.account.id}:{self.account.version}"


def _load_user(session_id: str) -> SessionUser | None:
    user_id, _, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()):
        return None
    account = account_by_id(current().engine, int(user_id))
    if account is None or account.version != int(version):
        return None
    return SessionUser(account)


def logged_in_viewer() -> Viewer | None:
    """The viewer of the logged-in account of this request, or None."""
    user = flask_login.current_user
    if user is None or not user.is_authenticated:
        return None
    return Viewer(name=user.account.name, role=user.account.role)


def remember_viewer(viewer: Viewer, *, local: bool) -> None:
    """The guard records whom it let through; presenters get exactly that viewer."""
    flask.g.setdefault(_VIEWER_KEY, viewer)
    flask.g.setdefault(_LOCAL_KEY, local)


def is_local_request() -> bool:
    """Whether the guard let this request through in local mode (no accounts)."""
    return bool(flask.has_request_context() and flask.g.get(_LOCAL_KEY, False))


def request_viewer(local: Viewer) -> Viewer:
    """See app.viewer.current_viewer."""
    if not flask.has_request_context():
        return local
    viewer = flask.g.get(_VIEWER_KEY)
    if viewer is None:
        raise PermissionError("no authorised viewer for this request")
    return viewer


def safe_next(target: object) -> str:
    """Where to go after login: only a path on this site, never //host or a scheme."""
    if (
        isinstance(target, str)
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and len(target) <= 2000
        and not target.startswith(LOGIN_PATH)
        and all(32 <= ord(c) < 127 for c in target)
    ):
        return target
    return AFTER_LOGIN


def login_url(next_path: str) -> str:
    return f"{LOGIN_PATH}?{urlencode({'next': next_path})}"


def _language() -> str:
    raw = flask.request.values.get("lang")
    return normalise_language(raw, current().settings.language)


def install_login(server: flask.Flask, rate_limit: str) -> Limiter:
    """Flask-Login, the limiter and the /login, /logout routes on ``server``."""
    manager = flask_login.LoginManager()
    manager.user_loader(_load_user)
    manager.session_protection = "basic"
    manager.init_app(server)
    limiter = Limiter(get_remote_address, app=server, storage_uri="memory://")

    def submitted_name() -> str:
        name = flask.request.form.get("name", "")
        return "name:" + name[:MAX_NAME_LENGTH].casefold()

    def show_form() -> flask.Response | tuple[str, int]:
        language = _language()
        next_path = safe_next(flask.request.args.get("next"))
        notice = "login.logged_out" if flask.request.args.get("bye") == "1" else None
        return render_login(language, next_path, notice=notice), 200

    def attempt() -> flask.Response | tuple[str, int]:
        language = _language()
        next_path = safe_next(flask.request.form.get("next"))
        name = flask.request.form.get("name", "")
        password = flask.request.form.get("password", "")
        engine = current().engine
        found = login_record(engine, name[:MAX_NAME_LENGTH]) if isinstance(name, str) else None
        if not passwords.verify_password(found[1] if found else None, password):
            return render_login(language, next_path, error="login.failed", name=name), 401
        account, stored = found
        if passwords.needs_rehash(stored):
            set_password_hash(engine, account.name, passwords.hash_password(password))
            account = account_by_id(engine, account.id) or account
        flask.session.clear()
        flask_login.login_user(SessionUser(account))
        return flask.redirect(next_path, code=303)

    limited = limiter.limit(
        rate_limit,
        methods=["POST"],
        deduct_when=lambda response: response.status_code == 401,
    )
    per_name = limiter.limit(
        rate_limit,
        key_func=submitted_name,
        methods=["POST"],
        deduct_when=lambda response: response.status_code == 401,
    )

    def login_view():
        return attempt() if flask.request.method == "POST" else show_form()

    server.add_url_rule(LOGIN_PATH, "login", per_name(limited(login_view)), methods=["GET", "POST"])

    def logout_view():
        language = _language()
        flask_login.logout_user()
        flask.session.clear()
        return flask.redirect(f"{LOGIN_PATH}?{urlencode({'bye': '1', 'lang': language})}", 303)

    server.add_url_rule(LOGOUT_PATH, "logout", logout_view, methods=["POST"])

    def too_many(_error):
        if flask.request.path != LOGIN_PATH:
            return flask.Response("Too Many Requests", 429)
        language = _language()
        next_path = safe_next(flask.request.values.get("next"))
        return render_login(language, next_path, error="login.too_many"), 429

    server.register_error_handler(429, too_many)
    return limiter
