"""The explorer's picture on the demo: no circle on a circle, no name on a name, sizes
that follow the number of actors, every view fitted to the box, the grouped layout."""

from __future__ import annotations

import math

import pytest

from app.presenters import explorer_view as ev
from app.presenters.explorer_elements import COLOR_BY
from app.presenters.explorer_labels import LABEL_ZOOMS, label_overlaps, text_width
from app.presenters.explorer_picture import LAYOUT_SCALE, base_diameter
from app.presenters.explorer_view import explorer_view, parse_request
from app.viewer import LOCAL_USER
from graph.overlap import node_overlaps
from graph.records import NetworkRecords

LEVELS = ("person", "organisation", "mixed")


@pytest.fixture(autouse=True)
def _fresh_caches():
    ev.clear_caches()
    yield
    ev.clear_caches()


def _drawn(records: NetworkRecords, query: str):
    view = explorer_view(records, parse_request(query), LOCAL_USER, "nl")
    nodes = [e for e in view.elements if "position" in e]
    pos = {e["data"]["id"]: (e["position"]["x"], e["position"]["y"]) for e in nodes}
    size = {e["data"]["id"]: e["data"]["size"] for e in nodes}
    text = {e["data"]["id"]: e["data"]["label"] for e in nodes}
    lz = {e["data"]["id"]: e["data"]["lz"] for e in nodes if e["data"]["lz"] is not None}
    return pos, size, text, lz


def _span(pos: dict, size: dict) -> float:
    xs0 = min(x - size[n] / 2 for n, (x, _) in pos.items())
    xs1 = max(x + size[n] / 2 for n, (x, _) in pos.items())
    ys0 = min(y - size[n] / 2 for n, (_, y) in pos.items())
    ys1 = max(y + size[n] / 2 for n, (_, y) in pos.items())
    return max(xs1 - xs0, ys1 - ys0)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("layout", ["force", "grouped"])
def test_no_two_circles_overlap_with_any_colour_or_size(records, level, layout) -> None:
    for color in COLOR_BY:
        for size in ("none", "degree", "strength", "betweenness", "eigenvector", "constraint"):
            query = f"level={level}&layout={layout}&color={color}&size={size}"
            pos, sizes, _text, _lz = _drawn(records, query)
            assert len(pos) > 30
            assert node_overlaps(pos, sizes) == 0, query


@pytest.mark.parametrize("layout", ["circle", "grid", "concentric", "breadthfirst"])
def test_regular_layouts_keep_their_circles_apart_too(records, layout) -> None:
    pos, sizes, _text, _lz = _drawn(records, f"layout={layout}")
    assert node_overlaps(pos, sizes) == 0


@pytest.mark.parametrize("level", LEVELS)
def test_printed_names_never_meet_at_any_zoom_and_the_largest_is_named(records, level) -> None:
    pos, sizes, text, lz = _drawn(records, f"level={level}")
    previous: set = set()
    for zoom in LABEL_ZOOMS:
        shown = {n for n, z in lz.items() if z <= zoom}
        assert label_overlaps(pos, sizes, text, sorted(shown), zoom) == 0, zoom
        assert previous <= shown  # zooming in only ever adds names
        previous = shown
    assert len(previous) > 20  # zoomed in, many more names fit
    largest = max(sizes, key=lambda n: (sizes[n], n))
    assert lz[largest] <= 0.61  # named at the zoom a 1440x900 screen fits the box to


def test_names_are_as_wide_as_their_text_not_their_node() -> None:
    assert text_width("Basisschool De Veenpluim") > 2 * text_width("Ria Veen")
    assert text_width("MMMM") > text_width("iiii")


def test_sizes_follow_the_number_of_actors() -> None:
    from bench.synthetic import synthetic_partnership

    shares = {}
    for n in (20, 2000):
        pos, sizes, _text, _lz = _drawn(synthetic_partnership(n), "size=none")
        assert node_overlaps(pos, sizes) == 0
        covered = sum(math.pi * (d / 2) ** 2 for d in sizes.values())
        shares[n] = covered / _span(pos, sizes) ** 2
    assert base_diameter(20) > 4 * base_diameter(2000)
    # both pictures are proportionate: circles cover a similar share of the picture
    assert 0.03 < shares[20] < 0.5 and 0.03 < shares[2000] < 0.5
    assert 0.25 < shares[20] / shares[2000] < 4


def test_every_filtered_view_fills_the_box(records: NetworkRecords) -> None:
    ego = next(a.id for a in records.actors if a.key == "P040")
    for query in (
        "theme=dyslexia&sector=po&hide_isolates=1",
        f"ego={ego}&radius=1",
        f"ego={ego}&radius=2",
        "level=organisation&region=Veenhoven",
    ):
        pos, sizes, _text, _lz = _drawn(records, query)
        assert len(pos) >= 2, query
        assert _span(pos, sizes) == pytest.approx(LAYOUT_SCALE, rel=0.01), query
        assert node_overlaps(pos, sizes) == 0, query


def test_a_filtered_view_is_the_whole_picture_scaled_not_reshuffled(records) -> None:
    import numpy as np

    whole, _s, _t, _l = _drawn(records, "level=organisation")
    part, _s, _t, _l = _drawn(records, "level=organisation&sector=po")
    common = sorted(set(whole) & set(part))
    assert len(common) > 3
    a = np.array([whole[n] for n in common])
    b = np.array([part[n] for n in common])
    # best scale + shift from the whole picture to the filtered one (least squares)
    a0, b0 = a - a.mean(axis=0), b - b.mean(axis=0)
    scale = float((a0 * b0).sum() / (a0 * a0).sum())
    residual = np.hypot(*(b0 - scale * a0).T)
    assert scale > 1  # zoomed in on the part
    assert float(np.median(residual)) < 0.1 * LAYOUT_SCALE  # a reshuffle: ~0.3-0.5


def test_school_years_reuse_the_untimed_places(records: NetworkRecords) -> None:
    years = ev.available_years(records)
    first = int(years[0][:4])
    untimed, _s, _t, _l = _drawn(records, "level=organisation")
    timed, sizes, _t, _l = _drawn(records, f"level=organisation&years={first + 1}")
    assert timed and all(timed[n] == untimed[n] for n in timed)


def test_grouped_puts_persons_with_their_organisation(records: NetworkRecords) -> None:
    pos, _sizes, _text, _lz = _drawn(records, "layout=grouped")
    actors = records.actor_by_id()
    by_org: dict[int, list[str]] = {}
    for node in pos:
        orgs = actors[int(node)].organisation_ids
        if orgs:
            by_org.setdefault(sorted(orgs)[0], []).append(node)
    centres = {
        o: (sum(pos[v][0] for v in m) / len(m), sum(pos[v][1] for v in m) / len(m))
        for o, m in by_org.items()
        if len(m) >= 3
    }
    assert len(centres) > 10
    misplaced = [
        v
        for o, c in centres.items()
        for v in by_org[o]
        if min(centres, key=lambda k: math.dist(pos[v], centres[k])) != o
    ]
    assert len(misplaced) <= 0.05 * sum(len(by_org[o]) for o in centres)


def test_a_view_of_a_few_large_nodes_names_them_at_its_capped_zoom(records) -> None:
    from app.presenters.explorer_labels import MAX_NODE_PX

    pos, sizes, _text, lz = _drawn(records, "theme=dyslexia&sector=po&hide_isolates=1")
    assert 2 <= len(pos) <= 6
    zoom = MAX_NODE_PX / max(sizes.values())  # explorer.js fits no closer than this
    assert zoom < 0.25
    assert set(lz) == set(pos)  # every name prints at some zoom
    shown = [n for n, z in lz.items() if z <= zoom]
    assert shown  # and at least one at the fitted zoom, the largest node first
    assert label_overlaps(pos, sizes, _text, shown, zoom) == 0
