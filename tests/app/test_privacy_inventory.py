"""The data inventory covers every column of every model, and reads in both languages."""

from __future__ import annotations

import db.models  # noqa: F401 - registers every table
from app.presenters.privacy import COLUMNS, header, inventory_rows
from app.privacy_inventory import INVENTORY, NOT_PERSONAL, declared_columns, is_declared
from db.base import Base


def test_every_model_column_is_declared_personal_or_not() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if not is_declared(table.name, column.name)
    ]
    assert missing == [], "declare these in app/privacy_inventory.py"


def test_no_column_is_declared_twice_or_stale() -> None:
    personal = [f"{e.table}.{c}" for e in INVENTORY for c in e.columns]
    assert len(personal) == len(set(personal))
    assert not set(personal) & set(NOT_PERSONAL)
    tables = Base.metadata.tables
    for name in [*personal, *NOT_PERSONAL]:
        table, column = name.split(".")
        if table in tables:  # tables of features not merged yet are declared ahead
            assert column == "*" or column in tables[table].columns, name


def test_the_new_person_fields_are_personal() -> None:
    assert {"actor.name", "actor.lawful_basis", "actor.may_be_named"} <= declared_columns()


def test_a_new_personal_column_without_an_entry_fails_the_check() -> None:
    assert not is_declared("actor", "email")


def test_rows_in_both_languages() -> None:
    nl, en = inventory_rows("nl"), inventory_rows("en")
    assert len(nl) == len(en) == len(INVENTORY)
    assert header("nl")[0] == "Gegevens" and header("en")[0] == "Data"
    assert nl[0].purpose != en[0].purpose
    for row in [*nl, *en]:
        assert all(getattr(row, c) for c in COLUMNS)
    hash_row = next(r for r in en if "password_hash" in r.field)
    assert hash_row.roles == "nobody"
