"""``create_app(settings)``: the Dash application factory.

Everything the app needs is passed in (settings, optionally an engine), nothing is
read from globals, so tests can build several apps in one process. Dash keeps global
registries of pages and ``dash.callback`` callbacks; the factory resets them and
claims the freshly registered callbacks for the new app, so each app is complete
and independent of the ones built before it.

Outside local mode (beyond 127.0.0.1, or once accounts exist) the factory refuses
to build an app without a configured secret key or with debug on (app.auth.mode),
and every request passes the one guard of app.auth.guard.
"""

from __future__ import annotations

from pathlib import Path

import dash
import flask
import plotly.io as pio
from dash import _callback, _pages
from sqlalchemy import Engine

from app import shell
from app.auth.setup import configure_server, install_auth
from app.services import Services, install
from app.settings import Settings
from db.engine import make_engine

PACKAGE_DIR = Path(__file__).resolve().parent
PAGES_DIR = PACKAGE_DIR / "pages"
ASSETS_DIR = PACKAGE_DIR / "assets"
# Bootstrap ships inside the package (assets/vendor) and is linked explicitly, so the
# app never fetches anything from a CDN and it loads before our own stylesheet.
BOOTSTRAP_ASSET = "vendor/bootstrap.min.css"
HOME_PATH = "/actors"
# Uploads are capped by settings.max_upload_bytes; base64 and the envelope need more.
REQUEST_OVERHEAD_BYTES = 64 * 1024


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> dash.Dash:
    """Build the Dash app for ``settings`` (default: from COLLABNET_* variables).

    ``engine`` lets a caller share an engine it already has (tests, the CLI);
    otherwise one is made from ``settings.database_url``.
    """
    settings = settings or Settings()
    _reset_dash_registries()
    _use_orjson()

    engine = engine or make_engine(settings.database_url)
    server = flask.Flask(__name__)
    configure_server(server, settings, engine)  # raises StartupRefused if unsafe
    server.config.update(MAX_CONTENT_LENGTH=request_limit(settings.max_upload_bytes))
    install(server, Services(settings=settings, engine=engine))

    app = dash.Dash(
        # The package name makes Dash import pages as ``app.pages.<name>``, the same
        # module a plain import gives, so a page is never loaded under two names.
        "app",
        server=server,
        use_pages=True,
        pages_folder=str(PAGES_DIR),
        assets_folder=str(ASSETS_DIR),
        assets_ignore=r"^bootstrap\.min\.css$",  # linked first, below
        external_stylesheets=[f"/assets/{BOOTSTRAP_ASSET}"],
        serve_locally=True,
        compress=True,
        title="collabnet",
        update_title=None,
        suppress_callback_exceptions=True,
    )
    server.before_request(_redirect_home)
    app.layout = shell.layout(settings)
    shell.register_callbacks(app, settings)
    _claim_page_callbacks(app)
    install_auth(app, settings, engine)
    return app


def _redirect_home() -> flask.Response | None:
    """``/`` shows the actors list until the explorer (issue 5) becomes the home page.

    A server-side redirect, because Dash's own ``redirect_from`` cannot claim ``/``
    (Dash routes every path through its index view).
    """
    if flask.request.path == "/":
        query = flask.request.query_string.decode("latin-1")
        return flask.redirect(HOME_PATH + (f"?{query}" if query else ""), code=302)
    return None


def request_limit(max_upload_bytes: int) -> int:
    """Largest request body: the browser sends uploads base64-encoded (4/3 larger) in
    one request, plus the multipart/JSON envelope, so a file of ``max_upload_bytes``
    must still fit."""
    return max_upload_bytes * 4 // 3 + REQUEST_OVERHEAD_BYTES


def _reset_dash_registries() -> None:
    """Forget pages and global callbacks of apps built earlier in this process."""
    _pages.PAGE_REGISTRY.clear()
    _callback.GLOBAL_CALLBACK_MAP.clear()
    _callback.GLOBAL_CALLBACK_LIST.clear()
    _callback.GLOBAL_INLINE_SCRIPTS.clear()


def _claim_page_callbacks(app: dash.Dash) -> None:
    """Move the pages' ``dash.callback`` registrations into this app now.

    Dash would do this at the first request; doing it here means a second
    ``create_app`` (which resets the globals) cannot strip this app of them.
    """
    for key in list(_callback.GLOBAL_CALLBACK_MAP):
        app.callback_map[key] = _callback.GLOBAL_CALLBACK_MAP.pop(key)
    app._callback_list.extend(_callback.GLOBAL_CALLBACK_LIST)
    _callback.GLOBAL_CALLBACK_LIST.clear()
    app._inline_scripts.extend(_callback.GLOBAL_INLINE_SCRIPTS)
    _callback.GLOBAL_INLINE_SCRIPTS.clear()


def _use_orjson() -> None:
    """Dash serialises callback payloads through plotly's JSON engine; orjson is ~10x faster."""
    pio.json.config.default_engine = "orjson"
