"""The dashboard's school-year part, worded: key figures per year, turnover, shifts.

Why per school year: partnerships plan and report from 1 August to 31 July, so a
board reads change over time in those units (graph.timeslice).
"""

from __future__ import annotations

from app.i18n import t
from app.presenters.dashboard_data import YEAR_FIGURES, DashboardData
from app.presenters.dashboard_format import number


def year_rows(data: DashboardData, language: str) -> list[dict[str, str]]:
    """Key figures per school year, as text cells."""
    rows = []
    for year in data.years:
        row = {"year": year.year, "active": number(year.active, language)}
        for metric in YEAR_FIGURES:
            value = year.summary.get(metric)
            row[metric] = number(len(value) if isinstance(value, list) else value, language)
        rows.append(row)
    return rows


def year_columns(language: str) -> list[tuple[str, str]]:
    """(field, header) of the school-year table."""
    cols = [("year", t("dashboard.col.year", language))]
    cols.append(("active", t("dashboard.col.active", language)))
    cols += [(m, t(f"dashboard.metric.{m}", language)) for m in YEAR_FIGURES]
    return cols


def turnover_rows(data: DashboardData, language: str) -> list[dict[str, str]]:
    rows = []
    for change in data.turnovers:
        rate = change.persistence_rate
        rows.append(
            {
                "year": f"{change.year_a} → {change.year_b}",
                "started": number(len(change.started), language),
                "ended": number(len(change.ended), language),
                "persisting": number(len(change.persisting), language),
                "persistence": number(None if rate is None else rate * 100, language, 1),
            }
        )
    return rows


def movers_title(data: DashboardData, language: str) -> str:
    if not data.turnovers:
        return ""
    last = data.turnovers[-1]
    return t("dashboard.movers", language, year_a=last.year_a, year_b=last.year_b)


def mover_rows(data: DashboardData, language: str) -> list[dict[str, str]]:
    """Actors whose place in the network moved most between the last two school years."""
    return [
        {
            "name": change.name,
            "degree": f"{change.degree_a} → {change.degree_b}",
            "betweenness_rank": f"{change.betweenness_rank_a} → {change.betweenness_rank_b}",
        }
        for change in data.movers
        if change.rank_change > 0
    ]


def mover_columns(language: str) -> list[tuple[str, str]]:
    return [
        ("name", t("dashboard.col.name", language)),
        ("degree", t("dashboard.metric.degree", language)),
        ("betweenness_rank", t("dashboard.col.betweenness_rank", language)),
    ]


def turnover_columns(language: str) -> list[tuple[str, str]]:
    keys = ("year", "started", "ended", "persisting", "persistence")
    return [(k, t(f"dashboard.col.{k}", language)) for k in keys]
