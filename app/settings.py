"""The one configuration object, read from ``COLLABNET_*`` environment variables.

Every entry point (``collabnet`` CLI, ``app.wsgi`` for gunicorn, the tests) builds a
:class:`Settings` and hands it down explicitly, so nothing reads the environment
behind the caller's back. docker-compose.yml uses exactly these variable names
(checked by tests/test_docker_compose.py).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from db.imports.limits import ImportLimits

ENV_PREFIX = "COLLABNET_"
DEFAULT_DATABASE_URL = "sqlite:///collabnet.db"
DEV_SECRET_KEY = "dev-only-change-me"
MIN_SECRET_LENGTH = 32
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# The schemes the same code is tested on; anything else is a configuration mistake.
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")


class Settings(BaseSettings):
    """Run-time configuration with defaults that work on a fresh clone."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL; the default is collabnet.db in the working directory.",
    )
    secret_key: str = Field(
        DEV_SECRET_KEY,
        description="Signs Flask sessions; set a long random value on a shared server.",
    )
    host: str = Field("127.0.0.1", description="Interface `collabnet serve` listens on.")
    port: int = Field(8050, ge=1, le=65535, description="Port `collabnet serve` listens on.")
    language: Literal["nl", "en"] = Field("nl", description="Default UI language.")
    max_upload_bytes: int = Field(
        20 * 1024 * 1024, gt=0, description="Largest import file accepted (bytes)."
    )
    import_max_rows: int = Field(200_000, gt=0, description="Most data rows in one import table.")
    import_max_columns: int = Field(100, gt=0, description="Most columns in one import table.")
    import_max_cells: int = Field(
        5_000_000, gt=0, description="Most cells in one import file (all sheets)."
    )
    import_max_unpacked_bytes: int = Field(
        50_000_000, gt=0, description="Largest unpacked size of an .xlsx workbook (bytes)."
    )
    debug: bool = Field(
        False, description="Dash debug mode (dev tools, reloader off); local mode only."
    )
    login_rate_limit: str = Field(
        "5 per minute",
        description="Failed logins allowed per client address and per user name.",
    )
    cookie_secure: bool = Field(
        False, description="Send the session cookie over HTTPS only (set behind TLS)."
    )
    trusted_origins: tuple[str, ...] = Field(
        (),
        description="Extra origins (https://host) allowed to post, e.g. behind a proxy.",
    )

    @field_validator("database_url")
    @classmethod
    def _supported_driver(cls, value: str) -> str:
        scheme = value.split(":", 1)[0]
        if scheme == "postgres":  # Heroku-style alias, normalised by db.engine
            return value
        if scheme not in SUPPORTED_DRIVERS:
            raise ValueError(
                f"unsupported database driver {scheme!r}; use one of {', '.join(SUPPORTED_DRIVERS)}"
            )
        return value

    @field_validator("login_rate_limit")
    @classmethod
    def _parsable_limit(cls, value: str) -> str:
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError as exc:
            raise ValueError(f"not a rate limit like '5 per minute': {value!r}") from exc
        return value

    @property
    def import_limits(self) -> ImportLimits:
        """The importer's bounds, so a server can be tuned by COLLABNET_IMPORT_MAX_* variables."""
        return ImportLimits(
            rows=self.import_max_rows,
            columns=self.import_max_columns,
            cells=self.import_max_cells,
            unpacked_bytes=self.import_max_unpacked_bytes,
        )

    @property
    def listens_beyond_localhost(self) -> bool:
        return self.host not in LOOPBACK_HOSTS

    @property
    def has_configured_secret(self) -> bool:
        """A secret someone chose: not the development value, long enough to sign."""
        return self.secret_key != DEV_SECRET_KEY and len(self.secret_key) >= MIN_SECRET_LENGTH

    @property
    def exposed_with_dev_secret(self) -> bool:
        """Listening beyond this machine with the development secret is a mistake."""
        return self.host not in LOOPBACK_HOSTS and self.secret_key == DEV_SECRET_KEY
