"""igraph's random generator is process-global: one lock for every seeded igraph call.

Layouts (graph.layout) and community detection (graph.metrics.communities) both seed
igraph for reproducible results. In a threaded server two such calls at once would
swap each other's generator; with one shared lock each call sees only its own seed.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import TypeVar

import igraph as ig

T = TypeVar("T")

IGRAPH_RNG_LOCK = threading.Lock()


def with_igraph_seed(seed: int, run: Callable[[], T]) -> T:
    """Run ``run()`` with igraph drawing from ``random.Random(seed)``, then restore it."""
    with IGRAPH_RNG_LOCK:
        ig.set_random_number_generator(random.Random(seed))
        try:
            return run()
        finally:
            ig.set_random_number_generator(random)
