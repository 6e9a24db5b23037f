"""The import rules of DESIGN.md hold: import-linter's contracts (pyproject.toml) pass.

graph/ is pure (no db, app, SQLAlchemy, Dash), db/ never imports app/ or Dash, and
db/ takes only graph.records from graph/.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_import_linter_contracts_pass() -> None:
    assert LINT_IMPORTS.exists(), "import-linter is missing: run `make install-test`"
    result = subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert "kept" in result.stdout


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_graph_imports_no_db_or_dash_even_lazily() -> None:
    """import-linter sees module-level and function-level imports; this double-checks
    every file of graph/ independently of its configuration."""
    forbidden = {"db", "app", "seeds", "sqlalchemy", "dash", "alembic", "flask"}
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_roots(path) & forbidden)
        for path in (ROOT / "graph").rglob("*.py")
        if _imported_roots(path) & forbidden
    }
    assert offenders == {}
