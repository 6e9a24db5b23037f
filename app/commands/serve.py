"""``collabnet serve``: run the web app on this machine."""

from __future__ import annotations

from typing import Annotated

import typer

from app.commands.runtime import DatabaseUrl, fail, load_settings, stdout


def serve_command(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Interface (default COLLABNET_HOST, 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None,
        typer.Option("--port", min=1, max=65535, help="Port (default COLLABNET_PORT, 8050)."),
    ] = None,
    threads: Annotated[int, typer.Option("--threads", min=1, max=64)] = 4,
    database_url: DatabaseUrl = None,
) -> None:
    """Serve collabnet with waitress (a production-grade WSGI server) until Ctrl+C.

    For a shared deployment use gunicorn (`pip install .[deploy]`, `gunicorn app.wsgi:server`).
    """
    from app.auth.mode import StartupRefused
    from app.main import create_app
    from db import migrate
    from db.users import any_account

    settings = load_settings(ctx, database_url)
    settings = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    try:
        at, newest = migrate.current(settings.database_url), migrate.head()
    except Exception as exc:
        fail(f"cannot open the database at {settings.database_url}: {exc}")
    if at != newest:
        fail(
            f"the database at {settings.database_url} is at revision {at or 'none'}, "
            f"not {newest}; run `collabnet db upgrade` first"
        )
    try:
        app = create_app(settings)
    except StartupRefused as exc:
        fail(f"refusing to start: {exc}")
    url = f"http://{settings.host}:{settings.port}"
    stdout.print(f"collabnet serving {settings.database_url} on {url} (Ctrl+C stops)")
    if not settings.listens_beyond_localhost and not any_account(
        app.server.extensions["collabnet"].engine
    ):
        stdout.print("local mode: one user, no accounts (`collabnet user add` turns logins on)")
    if settings.debug:
        app.run(
            host=settings.host,
            port=settings.port,
            debug=True,
            use_reloader=False,
            dev_tools_disable_version_check=True,
        )
        return
    from waitress import serve

    try:
        serve(app.server, host=settings.host, port=settings.port, threads=threads, _quiet=True)
    except OSError as exc:
        fail(f"cannot listen on {url}: {exc.strerror or exc}")
