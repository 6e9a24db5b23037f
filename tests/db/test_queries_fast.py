"""Records built by db.queries.fast are true, frozen, equal instances of their class."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from db.queries.fast import build, twin
from graph.records import ActorRecord, AffiliationRecord, TieRecord

CASES = [
    TieRecord(7, 1, 2, True, "monthly", "voluntary", "online", "active", "local", None,
              "permanent", "formal", False, "initiator", "supporter", date(2024, 1, 1), None,
              ("ict",), ("co_creation",), ("reciprocity",), "Hoe?", 2.5, "T7"),
    ActorRecord(3, "P03", "person", "teacher", "Femke Fictief", None, None, "Noordstad",
                "starting", (1, 2), "p-1", (("pupils", "3"),)),
    AffiliationRecord(3, 1, "docent", date(2020, 1, 1), None),
]  # fmt: skip


@pytest.mark.parametrize("normal", CASES, ids=lambda r: type(r).__name__)
def test_fast_build_gives_the_same_frozen_record(normal: object) -> None:
    cls = type(normal)
    values = [getattr(normal, f.name) for f in dataclasses.fields(normal)]
    fast = build(cls, *values)
    assert twin(cls)[1] is True  # the layouts match, so the fast path is in use
    assert type(fast) is cls
    assert fast == normal and normal == fast
    assert hash(fast) == hash(normal)
    assert repr(fast) == repr(normal)
    assert pickle.loads(pickle.dumps(fast)) == normal
    assert dataclasses.asdict(fast) == dataclasses.asdict(normal)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, dataclasses.fields(fast)[0].name, 99)
    # a non-field attribute fails the same way on both (CPython 3.11 raises TypeError
    # from frozen+slots dataclasses here, not AttributeError)
    for record in (fast, normal):
        with pytest.raises((AttributeError, TypeError)):
            record.extra = 1  # type: ignore[attr-defined]


def test_incompatible_layout_falls_back_to_the_class_itself() -> None:
    @dataclasses.dataclass(frozen=True)  # no slots: a __dict__ layout, cannot be relabelled
    class Loose:
        a: int
        b: int

    cls, relabel = twin(Loose)
    assert (cls, relabel) == (Loose, False)
    assert build(Loose, 1, 2) == Loose(1, 2)


def test_gc_paused_restores_the_collector() -> None:
    import gc

    from db.queries.common import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still running
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # was off before: stays off
    finally:
        gc.enable()
