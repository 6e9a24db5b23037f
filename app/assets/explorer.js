/* The explorer's picture in the browser: fit the canvas, print the names that fit.

   Why here and not in Python strings: this is the one place that knows Cytoscape's
   camera. The server sends every node's diameter (data.size) and, for a node whose
   name may print on its own, data.lz: the lowest zoom at which that name meets no
   other printed name (app/presenters/explorer_labels.py). This file
   - fits the drawn nodes to the canvas after every new view, window resize and on
     the fit button, never zooming in so far that a node grows past MAX_NODE_PX;
   - prints names at a constant size on screen (FONT_PX whatever the zoom or node
     size) and keeps the class `labelled` in step with the zoom;
   - always names the selected actor and its neighbours (class `focus`), hiding a
     zoom-chosen name that would print over one of theirs;
   - sizes the three columns to the window, so nothing needs page scrolling.
   The geometry constants must match explorer_labels.py (tested in the browser). */
(function () {
  'use strict';

  var FONT_PX = 14, OFFSET_PX = 3, PAD_PX = 1, MAX_NODE_PX = 96, PADDING_PX = 24;
  var GRAPH_ID = 'explorer-graph';

  function cyOf() {
    var el = document.getElementById(GRAPH_ID);
    return el && el._cyreg && el._cyreg.cy;
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  function labelBox(node) {
    return node.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
  }

  /* Names in step with the zoom: zoom-chosen (lz), focus, hover and selection. */
  function applyLabels(cy) {
    if (!alive(cy)) { return; }
    var z = cy.zoom();
    var style = {'font-size': FONT_PX / z, 'text-margin-y': OFFSET_PX / z,
                 'text-background-padding': PAD_PX / z};
    var focus = cy.nodes('.focus, .hover, :selected');
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var lz = n.data('lz');
        var on = n.hasClass('focus') || n.hasClass('hover') || n.selected() ||
          (typeof lz === 'number' && lz <= z + 1e-9);
        if (on) {
          n.addClass('labelled');
          n.style(style);
        } else if (n.hasClass('labelled')) {
          n.removeClass('labelled');
        }
      });
    });
    if (focus.nonempty()) {
      var boxes = focus.map(labelBox);
      cy.batch(function () {
        cy.nodes('.labelled').difference(focus).forEach(function (n) {
          var box = labelBox(n);
          if (boxes.some(function (b) { return overlaps(box, b); })) {
            n.removeClass('labelled');
          }
        });
      });
    }
  }

  /* The drawn nodes (not their names) centred and fitted, capped so a few nodes do
     not turn into giant ones. */
  function alive(cy) {
    return cy && !cy.destroyed() && document.body.contains(cy.container());
  }

  function fit(cy) {
    if (!alive(cy)) { return; }
    var nodes = cy.nodes();
    if (nodes.empty() || cy.width() === 0 || cy.height() === 0) { return; }
    var bb = nodes.boundingBox({includeLabels: false, includeEdges: false});
    var w = cy.width() - 2 * PADDING_PX, h = cy.height() - 2 * PADDING_PX;
    var largest = nodes.max(function (n) { return n.data('size') || 0; }).value || 1;
    var zoom = Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), MAX_NODE_PX / largest);
    zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
    cy.viewport({
      zoom: zoom,
      pan: {x: cy.width() / 2 - zoom * (bb.x1 + bb.x2) / 2,
            y: cy.height() / 2 - zoom * (bb.y1 + bb.y2) / 2}
    });
    applyLabels(cy);
  }

  /* One frame later (twice): Cytoscape applies new elements after Dash's update. */
  function later(fn) {
    requestAnimationFrame(function () { requestAnimationFrame(fn); });
  }

  function sizeColumns() {
    var grid = document.querySelector('.cn-explorer');
    if (!grid) { return; }
    var top = grid.getBoundingClientRect().top + window.scrollY;
    document.documentElement.style.setProperty('--cn-explorer-top', top + 'px');
  }

  function bind(cy) {
    if (cy.__cnBound) { return; }
    cy.__cnBound = true;
    var queued = false;
    cy.on('zoom', function () {
      if (queued) { return; }
      queued = true;
      requestAnimationFrame(function () { queued = false; applyLabels(cy); });
    });
    var box = cy.container();
    if (box && window.ResizeObserver) {
      var last = [box.clientWidth, box.clientHeight];
      var observer = new ResizeObserver(function () {
        if (!alive(cy)) { observer.disconnect(); return; }
        if (box.clientWidth === last[0] && box.clientHeight === last[1]) { return; }
        last = [box.clientWidth, box.clientHeight];
        cy.resize();
        fit(cy);
      });
      observer.observe(box);
      cy.on('destroy', function () { observer.disconnect(); });
    }
  }

  window.addEventListener('resize', sizeColumns);

  /* The view's shape: the query without the school years (the time player keeps
     the camera while it steps) and without the selection. */
  function shapeOf(query) {
    var params = new URLSearchParams(query || '');
    params.delete('years');
    params.delete('actor');
    params.delete('lang');
    return params.toString();
  }

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.cnExplorer = {
    /* New elements: fit when the view changed (not when only the year did). */
    drawn: function (elements, query) {
      var shape = shapeOf(query) + '#' + ((elements || []).length ? 'drawn' : 'empty');
      later(function () {
        var cy = cyOf();
        if (!alive(cy)) { return; }
        bind(cy);
        sizeColumns();
        if (window.__cnExplorerShape !== shape) {
          window.__cnExplorerShape = shape;
          fit(cy);
        } else {
          applyLabels(cy);
        }
      });
      return shape;
    },
    /* The fit button. */
    fit: function (clicks) {
      var cy = cyOf();
      if (cy) { fit(cy); }
      return (clicks || 0);
    },
    /* Selection: select and name the actor and its neighbours; centre on a new pick. */
    select: function (selected, elements) {
      var cy = cyOf();
      if (!alive(cy)) { return window.dash_clientside.no_update; }
      cy.$(':selected').unselect();
      cy.nodes('.focus').removeClass('focus');
      var node = (selected === null || selected === undefined) ? null :
        cy.getElementById(String(selected));
      if (!node || node.empty()) { applyLabels(cy); return ''; }
      node.select();
      node.closedNeighborhood('node').addClass('focus');
      applyLabels(cy);
      var cc = window.dash_clientside.callback_context;
      var picked = (cc.triggered || []).some(function (t) {
        return t.prop_id.indexOf('explorer-selected') === 0;
      });
      if (picked) { cy.animate({center: {eles: node}}, {duration: 300}); }
      return node.data('label');
    },
    /* Hover: the name while pointing at a node. */
    hover: function (data) {
      var cy = cyOf();
      if (alive(cy)) {
        cy.nodes('.hover').removeClass('hover');
        if (data && data.id) { cy.getElementById(data.id).addClass('hover'); }
        applyLabels(cy);
      }
      return data && data.label ? data.label : '';
    }
  };
}());
