"""Repository functions: the database read as plain records (graph.records) or rows.

Core-level queries only: loading the network through ORM objects was measured 3.5x
slower (DESIGN.md). Each module reads one part; :func:`read_network` reads them all
in one snapshot.
"""

from db.queries.actors import list_actors
from db.queries.network import read_network

__all__ = ["list_actors", "read_network"]
