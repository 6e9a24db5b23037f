"""Ties listed folded: a summary each, the attribute table drawn only when opened.

Why folded: Dash 4's renderer re-runs every mounted component's store lookup for each
newly mounted one, so mounting cost grows with the square of the component count;
drawing every tie's table at once (about 45 components a tie) froze the actor page
and the explorer's edge panel for seconds. Used by both: the page supplies the
summary, the ids' ``type`` names and a ``draw`` that re-checks the ids it is given
(they come from the browser) and returns the table, or ``None`` to draw nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dash import MATCH, Input, Output, State, callback, ctx, html


def folded_tie(
    summary: object,
    tie_id: int,
    kinds: tuple[str, str],
    class_name: str = "",
    title_class: str = "",
) -> html.Details:
    """One tie as ``<details>``: the given summary, an empty body the opener fills."""
    summary_kind, body_kind = kinds
    return html.Details(
        [
            html.Summary(
                summary, id={"type": summary_kind, "index": tie_id}, className=title_class
            ),
            html.Div(id={"type": body_kind, "index": tie_id}),
        ],
        className=class_name,
    )


def register_opener(
    kinds: tuple[str, str], states: Sequence[State], draw: Callable[..., object]
) -> None:
    """Fill a tie's body when its summary is clicked: ``draw(tie_id, *state values)``.

    The tie id is the clicked summary's ``index`` as the browser sent it (forged until
    ``draw`` has checked it). A click opens or closes the row; the table stays drawn.
    """
    summary_kind, body_kind = kinds

    @callback(
        Output({"type": body_kind, "index": MATCH}, "children"),
        Input({"type": summary_kind, "index": MATCH}, "n_clicks"),
        *states,
        prevent_initial_call=True,
    )
    def open_tie(_clicks: object, *values: object) -> object:
        trigger = ctx.triggered_id
        return draw(trigger.get("index") if isinstance(trigger, dict) else None, *values)
