"""Provenance: which network an export holds, so a researcher can say where numbers came from.

Every export carries one :class:`Provenance`: GraphML as graph attributes, GEXF in its
``<meta>`` element, Pajek as ``%`` comment lines, CSV/XLSX as a sidecar
``<file>.provenance.json`` (XLSX also as a sheet). The filter sentence and query string
are produced by the caller (the filter object); this module only carries and writes them.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

SIDECAR_SUFFIX = ".provenance.json"
UNKNOWN_VERSION = "0+unknown"


def collabnet_version() -> str:
    """The installed collabnet version, else the checkout's pyproject.toml, else unknown."""
    try:
        return metadata.version("collabnet")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN_VERSION


def utc_now_iso() -> str:
    """Export time in UTC, ISO 8601 to the second (``2026-11-23T11:20:05Z``)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an exported network came from.

    ``as_of`` is one ISO date (``2025-03-01``); ``window`` an ISO interval
    (``2024-08-01/2025-07-31``); at most one is usually set. ``level`` is ``person``,
    ``organisation``, ``mixed`` or ``two_mode``. ``pseudonymised`` is set by the exporter.
    ``tie_definition`` says in words what a tie (an edge) of this level is, in the
    language of ``filter_sentence`` (graph.counts.counting_rule), so a researcher
    counting the edges of the file knows what they count.
    """

    filter_sentence: str = ""
    filter_query: str = ""
    level: str = "person"
    directed: bool = False
    as_of: str | None = None
    window: str | None = None
    data_revision: str = "0"
    collabnet_version: str = field(default_factory=collabnet_version)
    exported_at: str = field(default_factory=utc_now_iso)
    pseudonymised: bool = False
    tie_definition: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict in field order, None kept (JSON null) so every field is visible."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        """Rebuild from :meth:`to_dict` output or from string values read back from a file."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("directed", "pseudonymised") and isinstance(value, str):
                value = value.strip().lower() in ("true", "1", "yes")
            if key in ("as_of", "window") and value == "":
                value = None
            values[key] = value
        return cls(**values)

    def with_pseudonymised(self, flag: bool) -> Provenance:
        return replace(self, pseudonymised=flag)

    def with_text(self, filter_sentence: str, filter_query: str) -> Provenance:
        return replace(self, filter_sentence=filter_sentence, filter_query=filter_query)

    def period(self) -> str:
        """The date or window in one string, empty when the network is not time-bound."""
        return self.window or self.as_of or ""

    def comment_lines(self, prefix: str = "% ") -> list[str]:
        """One ``key: json-value`` line per field; JSON keeps newlines and quotes safe."""
        return [
            f"{prefix}{key}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in self.to_dict().items()
        ]

    @classmethod
    def from_comment_lines(cls, lines: list[str], prefix: str = "%") -> Provenance:
        data: dict[str, Any] = {}
        for line in lines:
            if not line.startswith(prefix):
                continue
            body = line[len(prefix) :].strip()
            key, sep, raw = body.partition(": ")
            if not sep:
                continue
            try:
                data[key] = json.loads(raw)
            except json.JSONDecodeError:
                continue
        return cls.from_dict(data)


def sidecar_path(path: Path) -> Path:
    """``net.edges.csv`` -> ``net.edges.csv.provenance.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def write_sidecar(path: Path, provenance: Provenance) -> Path:
    """Write the provenance JSON next to ``path`` and return the sidecar's path."""
    target = sidecar_path(Path(path))
    text = json.dumps(provenance.to_dict(), ensure_ascii=False, indent=2)
    target.write_text(text + "\n", encoding="utf-8")
    return target


def read_sidecar(path: Path) -> Provenance:
    """Read the sidecar of a data file (pass the data file or the sidecar itself)."""
    path = Path(path)
    if not path.name.endswith(SIDECAR_SUFFIX):
        path = sidecar_path(path)
    return Provenance.from_dict(json.loads(path.read_text(encoding="utf-8")))
