"""Import CSV and XLSX files (docs/import-format.md): validate everything, write all or nothing.

>>> report = import_files(engine, [Path("actors.csv"), Path("ties.csv")])  # doctest: +SKIP
"""

from db.imports.errors import ImportFailed, RowError, write_error_report
from db.imports.limits import DEFAULT_LIMITS, ImportLimits
from db.imports.pipeline import DEFAULT_MAX_BYTES, ImportReport, import_files

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_BYTES",
    "ImportFailed",
    "ImportLimits",
    "ImportReport",
    "RowError",
    "import_files",
    "write_error_report",
]
