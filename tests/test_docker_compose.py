"""docker-compose.yml agrees with the settings (there is no Docker engine here to run it).

Every COLLABNET_* variable of every service must be a field of app.settings.Settings,
the values must validate, and the database URL must name a driver we ship and test.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from sqlalchemy.engine import make_url

from app.settings import ENV_PREFIX, SUPPORTED_DRIVERS, Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
# ${VAR}, ${VAR:-default}, ${VAR:?message}
INTERPOLATION = re.compile(r"\$\{(\w+)(?::([-?])([^}]*))?\}")


def interpolate(value: str) -> str:
    """Resolve compose interpolation as `docker compose config` would, defaults or a stand-in."""

    def replace(match: re.Match[str]) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        if op == "-":
            return arg
        return f"test-value-for-{name.lower()}"

    return INTERPOLATION.sub(replace, value)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # ["KEY=value", ...]
        env = dict(item.split("=", 1) for item in env)
    return {str(k): interpolate(str(v)) for k, v in env.items()}


def test_app_and_postgres_15_services(compose: dict) -> None:
    services = compose["services"]
    assert set(services) >= {"app", "db"}
    assert services["db"]["image"] == "postgres:15"
    assert services["app"]["build"] == "."
    assert "db" in services["app"]["depends_on"]


def test_every_collabnet_variable_is_a_setting(compose: dict) -> None:
    fields = set(Settings.model_fields)
    seen = set()
    for name, service in compose["services"].items():
        for key in _environment(service):
            if key.startswith(ENV_PREFIX):
                field = key[len(ENV_PREFIX) :].lower()
                assert field in fields, f"{name}: {key} is not a field of Settings"
                seen.add(field)
    assert {"database_url", "secret_key", "host", "port", "language"} <= seen


def test_app_environment_validates(compose: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _environment(compose["services"]["app"])
    for key in list(os.environ):
        if key.startswith(ENV_PREFIX):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    url = make_url(settings.database_url)
    assert url.drivername in SUPPORTED_DRIVERS
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "db"  # the compose service name
    assert url.database == compose["services"]["db"]["environment"]["POSTGRES_DB"]
    assert url.username == compose["services"]["db"]["environment"]["POSTGRES_USER"]
    url.get_dialect()  # psycopg 3 is installed and SQLAlchemy knows the driver
    assert settings.host == "0.0.0.0"
    published = compose["services"]["app"]["ports"][0].split(":")
    assert int(published[-1]) == settings.port


def test_dockerfile_serves_the_wsgi_app() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert 'pip install ".[deploy]"' in dockerfile
    assert "app.wsgi:server" in dockerfile
    assert "collabnet db upgrade" in dockerfile
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deploy = pyproject["project"]["optional-dependencies"]["deploy"]
    assert any(req.startswith("gunicorn") for req in deploy)
