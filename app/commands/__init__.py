"""Typer sub-commands of the ``collabnet`` CLI, one module per job."""
