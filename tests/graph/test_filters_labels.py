"""Labels: code -> label lookups over the codebook, with the code as fallback."""

from __future__ import annotations

from graph.labels import Labels


def test_labels_from_the_default_codebook(small):
    labels = Labels.from_records(small)
    assert labels.label("theme", "dyslexia") == "dyslexieprotocol"
    assert labels.label("theme", "dyslexia", "en") == "dyslexia protocol"
    assert labels.label("theme", "robotics", "en") == "robotics"
    assert labels.value("frequency", "monthly") == 4.0
    assert labels.value("theme", "ict") is None and labels.value("x", "y") is None
    assert labels.parent("motive", "pupil_care") == "task"
    assert labels.parent("actor_type", "plg") == "group"
    assert labels.codes("frequency") == ("once", "yearly", "quarterly", "monthly", "weekly")
    assert set(labels.children("motive", "relation")) == {
        "incentivised_networking",
        "new_connections",
        "co_creation",
        "local_network",
    }
    assert ("theme", "ict") in labels and len(labels) == len(small.codebook)


def test_empty_labels_fall_back_to_codes():
    labels = Labels()
    assert labels.label("sector", "po") == "po" and labels.get("sector", "po") is None
    assert labels.codes("sector") == () and labels.parent("motive", "x") is None
