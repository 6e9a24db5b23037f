"""A data table on dash-ag-grid with the house defaults: sort, filter, resize, CSV.

Pages build column definitions in a presenter (plain dicts, testable without a
browser); this module only turns them into the component. The grid's own text
(pagination, filter menus, "no rows") is in the page language: AG Grid reads its
localeText once, so the grid sits in a frame that app/assets/language.js re-mounts
with the other locale when the language changes.
"""

from __future__ import annotations

from typing import Any

import dash_ag_grid as dag
from dash import html

from app.components.chrome_language import grid_locale
from app.i18n import normalise_language

GRID_FRAME_CLASS = "cn-grid-frame"  # language.js re-mounts the grid inside it
DEFAULT_COL_DEF: dict[str, Any] = {
    "sortable": True,
    "filter": "agTextColumnFilter",
    "floatingFilter": True,
    "resizable": True,
    "minWidth": 110,
    "flex": 1,
}


def data_grid(
    grid_id: str,
    *,
    column_defs: list[dict[str, Any]] | None = None,
    row_data: list[dict[str, Any]] | None = None,
    row_id_field: str = "key",
    height: str = "calc(100vh - 260px)",
    language: str = "nl",
) -> html.Div:
    """An AG Grid whose rows are identified by ``row_id_field`` (stable across updates).

    Cell values are rendered as text by AG Grid (no HTML), so user data never
    becomes markup. ``context.language`` tells language.js which locale it was built with.
    """
    language = normalise_language(language)
    grid = dag.AgGrid(
        id=grid_id,
        columnDefs=column_defs or [],
        rowData=row_data or [],
        defaultColDef=DEFAULT_COL_DEF,
        getRowId=f"params.data.{row_id_field}",
        dashGridOptions={
            "pagination": True,
            "paginationPageSize": 100,
            "animateRows": False,
            "enableCellTextSelection": True,
            "ensureDomOrder": True,
            "localeText": grid_locale(language),
            "context": {"language": language},
        },
        csvExportParams={"fileName": "export.csv"},
        className="cn-grid",
        style={"height": height, "minHeight": "320px", "width": "100%"},
    )
    return html.Div(grid, className=GRID_FRAME_CLASS)
