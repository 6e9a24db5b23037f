"""``collabnet template DIR``: empty import files to fill in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.commands.runtime import fail, stdout


def template_command(
    directory: Annotated[Path, typer.Argument(help="Directory to write the templates to.")],
) -> None:
    """Write empty CSV and XLSX import templates (one per file kind) into DIRECTORY."""
    from db.templates import write_templates

    try:
        directory.mkdir(parents=True, exist_ok=True)
        paths = write_templates(directory)
    except OSError as exc:
        fail(f"cannot write templates to {directory}: {exc.strerror or exc}")
    for path in paths or ():
        stdout.print(str(path), markup=False)
