/* The measure tool (leaflet-measure) in the page's language: sezmap/export/web inlines this after
 * static/sezmap.js; page.py calls sezmap.measureWords with what export/web/measure.py gives it.
 */
(function (L) {
  "use strict";
  var SZ = window.sezmap;

  // The plugin restyles its points through their SVG paths, but the page draws vectors on canvas
  // (preferCanvas), where they have none: its second point threw. Its points are drawn in SVG.
  L.Control.Measure.include({
    _addNewVertex: function (latlng) {
      this._vertexRenderer = this._vertexRenderer || L.svg();
      var symbol = L.extend({}, this._symbols.getSymbol("measureVertexActive"), {renderer: this._vertexRenderer});
      L.circleMarker(latlng, symbol).addTo(this._measureVertexes);
    }
  });

  // The measure tool (leaflet-measure) in the page's language. The plugin writes its texts in
  // English from its own templates (it has no Kazakh); its units and number separators come from
  // its options (export/web/measure.py). Here, in its control and its result popups only, every
  // text and title that is one of cfg.words' keys (a "%1" in a key: anything there) is replaced by
  // its translation as the plugin adds it (a MutationObserver), and the coordinates' decimal
  // point becomes cfg.decimal. English pages pass no words: nothing is watched.
  var MEASURE_PARTS = ".leaflet-control-measure, .leaflet-measure-resultpopup";
  SZ.measureWords = function (map, control, cfg) {
    var exact = {}, patterns = [];
    Object.keys(cfg.words).forEach(function (key) {
      if (key.indexOf("%1") < 0) { exact[key] = cfg.words[key]; return; }
      var re = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("%1", "(.+)");
      patterns.push([new RegExp("^" + re + "$"), cfg.words[key]]);
    });
    function translated(text) {
      if (Object.prototype.hasOwnProperty.call(exact, text)) return exact[text];
      for (var k = 0; k < patterns.length; k++) {
        var m = patterns[k][0].exec(text);
        if (m) return patterns[k][1].replace("%1", m[1]);
      }
      return null;
    }
    function fixText(node) {
      var text = node.nodeValue, trimmed = text.trim();
      if (!trimmed) return;
      var parent = node.parentNode;
      if (parent && parent.querySelector && parent.querySelector(".coorddivider"))  // "43.25° / 76.9"
        trimmed = trimmed.replace(/(\d)\.(\d)/g, "$1" + cfg.decimal + "$2");
      var out = translated(trimmed);
      if (out === null) out = trimmed;
      if (out !== text.trim()) node.nodeValue = text.replace(text.trim(), out);
    }
    function fix(el) {
      el.querySelectorAll("[title]").forEach(function (t) {
        var out = translated(t.getAttribute("title"));
        if (out !== null) t.setAttribute("title", out);
      });
      var walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) fixText(node);
    }
    function added(node) {
      var el = node.nodeType === 1 ? node : node.parentElement;
      if (!el) return;
      var part = el.closest(MEASURE_PARTS);
      if (part) { if (node.nodeType === 3) fixText(node); else fix(node); return; }
      if (node.nodeType === 1) node.querySelectorAll(MEASURE_PARTS).forEach(fix);
    }
    if (Object.keys(cfg.words).length || cfg.decimal !== ".") {
      var root = map.getContainer();
      root.querySelectorAll(MEASURE_PARTS).forEach(fix);
      new MutationObserver(function (records) {
        records.forEach(function (r) { r.addedNodes.forEach(added); });
      }).observe(root, {childList: true, subtree: true});
    }
    if (window.location.hash === "#sz-measuretest") measureSelftest(map, control);
  };

  // "#sz-measuretest": measure an area, a line and a point with the tool (as clicks would), then
  // leave an area being measured with its panel open; what the tool showed at each step (its
  // visible texts and titles) is the body's data-sz-measure, a JSON list, for a headless browser.
  function measureSelftest(map, control) {
    var shown = [], size = map.getSize();
    function snap() {
      var parts = map.getContainer().querySelectorAll(MEASURE_PARTS), texts = [];
      parts.forEach(function (el) {
        texts.push(el.innerText);
        el.querySelectorAll("[title]").forEach(function (t) { texts.push(t.getAttribute("title")); });
      });
      shown.push(texts.join("\n"));
      document.body.setAttribute("data-sz-measure", JSON.stringify(shown));
    }
    function click(fx, fy) {
      var box = map.getContainer().getBoundingClientRect();
      var at = {clientX: box.left + fx * size.x, clientY: box.top + fy * size.y};
      control._captureMarker.fire("click", {originalEvent: at});
    }
    function measureOf(points) {
      return function () {
        control._startMeasure();
        points.forEach(function (p) { click(p[0], p[1]); });
        control._handleMeasureDoubleClick();  // its "Finish measurement"
      };
    }
    var corners = [[0.3, 0.3], [0.6, 0.3], [0.6, 0.7]];  // of the map, as fractions of its size
    var steps = [
      function () { control._expand(); },
      function () { control._startMeasure(); },
      function () { click(0.3, 0.3); },
      function () { click(0.6, 0.3); click(0.6, 0.7); },
      function () { control._handleMeasureDoubleClick(); },  // its "Finish measurement": an area
      measureOf(corners.slice(0, 2)), measureOf(corners.slice(0, 1)),
      function () {
        map.closePopup();
        control._startMeasure();
        control._expand();
        corners.forEach(function (p) { click(p[0], p[1]); });
      }
    ];
    var next = function (k) {
      if (k > 0) snap();
      if (k === steps.length) { document.body.setAttribute("data-sz-measure-done", "1"); return; }
      steps[k]();
      setTimeout(function () { next(k + 1); }, 50);  // (after the observer's turn)
    };
    map.whenReady(function () { setTimeout(function () { next(0); }, 600); });
  }
})(window.L);
