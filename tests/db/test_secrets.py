"""The per-database pseudonym secret (db.secrets) on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, select, text

from db.engine import make_engine
from db.models import Setting
from db.revision import current_revision
from db.secrets import SECRET_BYTES, SECRET_KEY, pseudonym_secret
from db.session import transaction
from graph.pseudonyms import person_pseudonym


def _stored(engine: Engine) -> list[str]:
    with transaction(engine) as session:
        return list(session.scalars(select(Setting.value).where(Setting.key == SECRET_KEY)))


def test_created_once_then_the_same(engine: Engine) -> None:
    assert _stored(engine) == []
    before = current_revision(engine)
    first = pseudonym_secret(engine)
    assert isinstance(first, bytes) and len(first) == SECRET_BYTES
    assert pseudonym_secret(engine) == first
    assert _stored(engine) == [first.hex()]
    # a settings write is no data change: cached metrics stay valid
    assert current_revision(engine) == before


def test_survives_a_new_engine(db_url: str) -> None:
    one = make_engine(db_url)
    try:
        secret = pseudonym_secret(one)
    finally:
        one.dispose()
    two = make_engine(db_url)
    try:
        assert pseudonym_secret(two) == secret
    finally:
        two.dispose()


def test_two_databases_two_secrets(sqlite_url: str, tmp_path) -> None:
    import shutil

    from sqlalchemy.engine import make_url

    path = make_url(sqlite_url).database
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)  # the same migrated file, before any secret exists
    a, b = make_engine(sqlite_url), make_engine(f"sqlite:///{copy}")
    try:
        sa, sb = pseudonym_secret(a), pseudonym_secret(b)
    finally:
        a.dispose()
        b.dispose()
    assert sa != sb
    assert person_pseudonym(sa, 7) != person_pseudonym(sb, 7)


def test_concurrent_first_calls_agree(db_url: str) -> None:
    engine = make_engine(db_url)
    results: list[bytes] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def call() -> None:
        try:
            barrier.wait()
            results.append(pseudonym_secret(engine))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(6)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert len(results) == 6 and len(set(results)) == 1
        assert _stored(engine) == [results[0].hex()]
    finally:
        engine.dispose()


def test_edited_value_is_a_clear_error(engine: Engine) -> None:
    import pytest

    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, 'not-hex')"), {"k": SECRET_KEY}
        )
    with pytest.raises(RuntimeError, match="not hex"):
        pseudonym_secret(engine)
