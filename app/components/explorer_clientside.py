"""The explorer's browser-only callbacks: URL history, focus, fit, hover, time player, PNG.

Why clientside: none of these needs the server, and each would otherwise cost a round
trip on every click. They read Cytoscape's own instance from its DOM element
(``_cyreg.cy``).
"""

from __future__ import annotations

from dash import Input, Output, State, clientside_callback

from app.components.explorer_ids import (
    FIT,
    GRAPH,
    HOVER,
    PLAY,
    PNG_CAPTION,
    QUERY,
    READY,
    SELECTED,
    TICK,
)  # fmt: skip
from app.components.explorer_sidebar import SIDEBAR_CONTROLS


def register() -> None:
    """Register the callbacks; the page calls this each time Dash loads it, because
    ``create_app`` resets Dash's global callback registry for every new app."""
    clientside_callback(
        """function(query, selected, ready) {
            const parts = [];
            if (query) { parts.push(query); }
            if (selected !== null && selected !== undefined) { parts.push('actor=' + selected); }
            const search = parts.length ? '?' + parts.join('&') : '';
            if (window.location.pathname === '/explorer' && window.location.search !== search) {
                const url = window.location.pathname + search;
                if (ready) { window.history.pushState({}, '', url); }
                else { window.history.replaceState({}, '', url); }
            }
            return true;
        }""",
        Output(READY, "data"),
        Input(QUERY, "data"),
        Input(SELECTED, "data"),
        State(READY, "data"),
    )

    clientside_callback(
        """function(selected, elements) {
            const el = document.getElementById('explorer-graph');
            const cy = el && el._cyreg && el._cyreg.cy;
            if (!cy) { return window.dash_clientside.no_update; }
            cy.$(':selected').unselect();
            if (selected === null || selected === undefined) { return ''; }
            const node = cy.getElementById(String(selected));
            if (node.empty()) { return ''; }
            node.select();
            // Centre on a new selection only; a redraw (which may re-fit) keeps the view.
            const cc = window.dash_clientside.callback_context;
            const picked = (cc.triggered || []).some(t => t.prop_id.startsWith('explorer-selected'));
            if (picked) { cy.animate({center: {eles: node}}, {duration: 300}); }
            return node.data('label');
        }""",
        Output(HOVER, "title"),
        Input(SELECTED, "data"),
        Input(GRAPH, "elements"),
    )

    clientside_callback(
        """function(elements, query) {
            // Re-fit when the shape of the picture changes (level, layout, seed), keep the
            // user's zoom and pan across filter changes (positions stay put then).
            const params = new URLSearchParams(query || '');
            const shape = ['level', 'layout', 'seed', 'directed'].map(k => params.get(k)).join('|');
            if (window.__cnExplorerShape === shape) { return window.dash_clientside.no_update; }
            window.__cnExplorerShape = shape;
            const fit = () => {
                const el = document.getElementById('explorer-graph');
                const cy = el && el._cyreg && el._cyreg.cy;
                if (cy && cy.nodes().length) { cy.fit(undefined, 24); }
            };
            requestAnimationFrame(() => requestAnimationFrame(fit));
            return shape;
        }""",
        Output(FIT, "data"),
        Input(GRAPH, "elements"),
        State(QUERY, "data"),
    )

    clientside_callback(
        """function(data) {
            const el = document.getElementById('explorer-graph');
            const cy = el && el._cyreg && el._cyreg.cy;
            if (cy) {
                cy.nodes('.hover').removeClass('hover');
                if (data && data.id) { cy.getElementById(data.id).addClass('hover'); }
            }
            return data && data.label ? data.label : '';
        }""",
        Output(HOVER, "children"),
        Input(GRAPH, "mouseoverNodeData"),
    )

    clientside_callback(
        """function(n, disabled) {
            return [!disabled, disabled ? '❚❚' : '▶'];
        }""",
        Output(TICK, "disabled"),
        Output(PLAY, "children"),
        Input(PLAY, "n_clicks"),
        State(TICK, "disabled"),
        prevent_initial_call=True,
    )

    clientside_callback(
        """function(n, value, lo, hi) {
            const nu = window.dash_clientside.no_update;
            if (lo === null || hi === null || lo === hi) { return [nu, true, '▶']; }
            let next = (value && value[0] === value[1]) ? value[0] + 1 : lo;
            if (next > hi) { return [[lo, hi], true, '▶']; }
            return [[next, next], false, nu];
        }""",
        Output(SIDEBAR_CONTROLS["years"][0], "value", allow_duplicate=True),
        Output(TICK, "disabled", allow_duplicate=True),
        Output(PLAY, "children", allow_duplicate=True),
        Input(TICK, "n_intervals"),
        State(SIDEBAR_CONTROLS["years"][0], "value"),
        State(SIDEBAR_CONTROLS["years"][0], "min"),
        State(SIDEBAR_CONTROLS["years"][0], "max"),
        prevent_initial_call=True,
    )

    clientside_callback(
        # The drawing framed with its title and legend (app/assets/explorer_png.js);
        # nothing goes back to the component, the browser downloads the file itself.
        """function(caption) {
            const el = document.getElementById('explorer-graph');
            const cy = el && el._cyreg && el._cyreg.cy;
            if (cy && caption && window.collabnetPng) {
                window.collabnetPng(cy, caption, 'collabnet-netwerk.png');
            }
            return window.dash_clientside.no_update;
        }""",
        Output(GRAPH, "generateImage"),
        Input(PNG_CAPTION, "data"),
        prevent_initial_call=True,
    )
