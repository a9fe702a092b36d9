/* sezmap's own script for the web map (sezmap/export/web inlines it after Leaflet and its
 * plugins, with static/sezmap.css).
 *
 * Plots are not Leaflet layers one by one (tens of thousands of those make a page crawl): the
 * page holds them as one compact table (varint-coded coordinates, status codes, attributes by
 * column: sezmap/export/web/encoders.py writes it) and draws them on canvas tiles, one tile
 * layer per status, a plot smaller than a pixel as one pixel in its status colour, as the
 * desktop map does. A click finds the plot under the pointer through a grid index and builds
 * its popup then, with its zone's key figures. Text from the data goes into HTML through esc().
 */
(function (L) {
  "use strict";
  var SZ = window.sezmap = {};

  function bytesOf(b64) {
    var bin = atob(b64), n = bin.length, out = new Uint8Array(n);
    for (var i = 0; i < n; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  SZ.esc = esc;

  // --- the plots table ------------------------------------------------------------------------
  function Plots(d) {
    var bytes = bytesOf(d.geom), pos = 0;
    function uint() {
      var r = 0, mult = 1, b;
      do { b = bytes[pos++]; r += (b & 127) * mult; mult *= 128; } while (b & 128);
      return r;
    }
    function sint() { var u = uint(); return (u % 2) ? -(u + 1) / 2 : u / 2; }
    var n = d.n, X = new Float64Array(d.nv), Y = new Float64Array(d.nv);
    var rs = new Int32Array(d.nr + 1), pr = new Int32Array(n + 1);
    var minx = new Float64Array(n), miny = new Float64Array(n), maxx = new Float64Array(n), maxy = new Float64Array(n);
    var lon = 0, lat = 0, v = 0, r = 0, K = Math.PI / 180 * 1e-6;
    for (var i = 0; i < n; i++) {
      pr[i] = r;
      var nrings = uint(), x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var k = 0; k < nrings; k++) {
        rs[r++] = v;
        var nv = uint();
        for (var j = 0; j < nv; j++) {
          lon += sint(); lat += sint();
          var x = (lon * 1e-6 + 180) / 360 * 256;
          var s = Math.sin(lat * K);
          var y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
          X[v] = x; Y[v] = y; v++;
          if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
        }
      }
      minx[i] = x0; miny[i] = y0; maxx[i] = x1; maxy[i] = y1;
    }
    rs[r] = v; pr[n] = r;
    this.n = n; this.X = X; this.Y = Y; this.rs = rs; this.pr = pr;
    this.minx = minx; this.miny = miny; this.maxx = maxx; this.maxy = maxy;
    this.status = d.status; this.zone = d.zone; this.columns = d.columns;
    this.stamp = new Int32Array(n); this.query = 0;
  }

  Plots.prototype.rows = function (code) {
    var out = [];
    for (var i = 0; i < this.n; i++) if (this.status[i] === code && this.pr[i + 1] > this.pr[i]) out.push(i);
    return Int32Array.from(out);
  };

  // A uniform grid over some plots' boxes: cells of about four plots.
  function Grid(st, ids) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, i, k;
    for (k = 0; k < ids.length; k++) {
      i = ids[k];
      if (st.minx[i] < x0) x0 = st.minx[i]; if (st.miny[i] < y0) y0 = st.miny[i];
      if (st.maxx[i] > x1) x1 = st.maxx[i]; if (st.maxy[i] > y1) y1 = st.maxy[i];
    }
    var g = Math.max(1, Math.ceil(Math.sqrt(ids.length / 4)));
    this.st = st; this.g = g; this.x0 = x0; this.y0 = y0;
    this.cw = Math.max((x1 - x0) / g, 1e-12); this.ch = Math.max((y1 - y0) / g, 1e-12);
    var count = new Int32Array(g * g + 1), self = this;
    function span(i, fn) {
      var cx0 = self.cell(st.minx[i], self.x0, self.cw), cx1 = self.cell(st.maxx[i], self.x0, self.cw);
      var cy0 = self.cell(st.miny[i], self.y0, self.ch), cy1 = self.cell(st.maxy[i], self.y0, self.ch);
      for (var cy = cy0; cy <= cy1; cy++) for (var cx = cx0; cx <= cx1; cx++) fn(cy * g + cx);
    }
    for (k = 0; k < ids.length; k++) span(ids[k], function (c) { count[c + 1]++; });
    for (k = 0; k < g * g; k++) count[k + 1] += count[k];
    var fill = count.slice(0, g * g), items = new Int32Array(count[g * g]);
    for (k = 0; k < ids.length; k++) {
      i = ids[k];
      span(i, function (c) { items[fill[c]++] = i; });
    }
    this.start = count; this.items = items; this.size = ids.length;
  }
  Grid.prototype.cell = function (v, v0, w) {
    var c = Math.floor((v - v0) / w);
    return c < 0 ? 0 : (c >= this.g ? this.g - 1 : c);
  };
  // The plots whose box meets [x0, x1] x [y0, y1] (world pixels at zoom 0), each once.
  Grid.prototype.search = function (x0, y0, x1, y1) {
    var st = this.st, out = [];
    if (!this.size) return out;
    var q = ++st.query;
    var cx0 = this.cell(x0, this.x0, this.cw), cx1 = this.cell(x1, this.x0, this.cw);
    var cy0 = this.cell(y0, this.y0, this.ch), cy1 = this.cell(y1, this.y0, this.ch);
    for (var cy = cy0; cy <= cy1; cy++) {
      for (var cx = cx0; cx <= cx1; cx++) {
        var c = cy * this.g + cx;
        for (var k = this.start[c]; k < this.start[c + 1]; k++) {
          var i = this.items[k];
          if (st.stamp[i] === q) continue;
          st.stamp[i] = q;
          if (st.maxx[i] < x0 || st.minx[i] > x1 || st.maxy[i] < y0 || st.miny[i] > y1) continue;
          out.push(i);
        }
      }
    }
    return out;
  };

  function trace(ctx, st, i, scale, ox, oy) {
    var X = st.X, Y = st.Y;
    for (var r = st.pr[i]; r < st.pr[i + 1]; r++) {
      var a = st.rs[r], b = st.rs[r + 1];
      if (b - a < 2) continue;
      ctx.moveTo(X[a] * scale - ox, Y[a] * scale - oy);
      for (var k = a + 1; k < b; k++) ctx.lineTo(X[k] * scale - ox, Y[k] * scale - oy);
      ctx.closePath();
    }
  }

  // --- plots smaller than a pixel: each pixel in the status with the most land there ----------
  // (one dot per plot, each status layer over the last, would paint a pixel in whichever status
  // is drawn last: a zone of 30 % vacant plots looked 1 % vacant). Per tile, over every plot:
  // the box area of the sub-pixel plots of each status whose centre falls in a pixel; the pixel
  // takes the status with the most. Status layers draw the pixels of their own status.
  var domCache = {}, domZoom = null, domAcc = null;
  function dominant(coords, size, scale, ox, oy) {
    if (coords.z !== domZoom) { domCache = {}; domZoom = coords.z; }
    var key = coords.x + ":" + coords.y;
    if (domCache[key]) return domCache[key];
    var st = SZ.plots, bins = 8, npx = size.x * size.y, m = 1 / scale;
    if (!SZ.allGrid) {
      var all = [];
      for (var a = 0; a < st.n; a++) if (st.pr[a + 1] > st.pr[a]) all.push(a);
      SZ.allGrid = new Grid(st, Int32Array.from(all));
    }
    if (!domAcc || domAcc.length < npx * bins) domAcc = new Float64Array(npx * bins);
    var acc = domAcc, k, i, p, b;
    acc.fill(0, 0, npx * bins);
    var ids = SZ.allGrid.search(ox / scale - m, oy / scale - m, (ox + size.x) / scale + m, (oy + size.y) / scale + m);
    for (k = 0; k < ids.length; k++) {
      i = ids[k];
      var w = (st.maxx[i] - st.minx[i]) * scale, h = (st.maxy[i] - st.miny[i]) * scale;
      if (w >= 1 || h >= 1) continue;
      var px = Math.floor((st.minx[i] + st.maxx[i]) / 2 * scale - ox), py = Math.floor((st.miny[i] + st.maxy[i]) / 2 * scale - oy);
      if (px < 0 || py < 0 || px >= size.x || py >= size.y) continue;
      acc[(py * size.x + px) * bins + (st.status[i] + 1)] += Math.max(w * h, 1e-12);
    }
    var out = new Uint8Array(npx);
    for (p = 0; p < npx; p++) {
      var best = 0, top = 0;
      for (b = 0; b < bins; b++) if (acc[p * bins + b] > top) { top = acc[p * bins + b]; best = b + 1; }
      out[p] = best;  // 0: no plot; else the status code + 2
    }
    domCache[key] = out;
    return out;
  }
  SZ.dominant = dominant;

  // --- one status's plots as canvas tiles -----------------------------------------------------
  SZ.PlotsLayer = L.GridLayer.extend({
    options: { pane: "sezmapPlots", updateWhenZooming: false, keepBuffer: 1, noWrap: true,
               outlineMinPx: 8, outline: "rgba(40,40,40,0.59)" },
    initialize: function (store, code, colour, options) {
      L.setOptions(this, options);
      this._st = store; this._code = code; this._colour = colour;
      this.grid = new Grid(store, store.rows(code));
    },
    createTile: function (coords) {
      var size = this.getTileSize(), dpr = Math.min(window.devicePixelRatio || 1, 2);
      var tile = L.DomUtil.create("canvas", "leaflet-tile");
      tile.width = size.x * dpr; tile.height = size.y * dpr;
      var ctx = tile.getContext("2d");
      ctx.scale(dpr, dpr);
      var st = this._st, scale = Math.pow(2, coords.z) * size.x / 256;
      var ox = coords.x * size.x, oy = coords.y * size.y, m = 1 / scale;
      var ids = this.grid.search(ox / scale - m, oy / scale - m, (ox + size.x) / scale + m, (oy + size.y) / scale + m);
      if (!ids.length) return tile;
      var dots = [], multi = [], big = [], k, i;
      ctx.fillStyle = this._colour;
      ctx.beginPath();
      for (k = 0; k < ids.length; k++) {
        i = ids[k];
        var w = (st.maxx[i] - st.minx[i]) * scale, h = (st.maxy[i] - st.miny[i]) * scale;
        if (w < 1 && h < 1) { dots.push(i); continue; }
        if (w >= this.options.outlineMinPx || h >= this.options.outlineMinPx) big.push(i);
        if (st.pr[i + 1] - st.pr[i] > 1) { multi.push(i); continue; }
        trace(ctx, st, i, scale, ox, oy);
      }
      ctx.fill("nonzero");
      for (k = 0; k < multi.length; k++) {
        ctx.beginPath(); trace(ctx, st, multi[k], scale, ox, oy); ctx.fill("evenodd");
      }
      if (dots.length) {  // smaller than a pixel: the pixels where this status has the most land
        var dom = dominant(coords, size, scale, ox, oy), bin = this._code + 2;
        for (var p = 0; p < dom.length; p++) {
          if (dom[p] === bin) ctx.fillRect(p % size.x, Math.floor(p / size.x), 1, 1);
        }
      }
      if (big.length) {
        ctx.beginPath();
        for (k = 0; k < big.length; k++) trace(ctx, st, big[k], scale, ox, oy);
        ctx.strokeStyle = this.options.outline; ctx.lineWidth = 0.6; ctx.stroke();
      }
      return tile;
    }
  });

  // --- hit tests ------------------------------------------------------------------------------
  function inRings(st, i, x, y) {
    var inside = false, X = st.X, Y = st.Y;
    for (var r = st.pr[i]; r < st.pr[i + 1]; r++) {
      var a = st.rs[r], b = st.rs[r + 1];
      for (var k = a, j = b - 1; k < b; j = k++) {
        if (((Y[k] > y) !== (Y[j] > y)) && (x < (X[j] - X[k]) * (y - Y[k]) / (Y[j] - Y[k]) + X[k])) inside = !inside;
      }
    }
    return inside;
  }

  function latLngRings(ll) {
    if (!ll.length) return [];
    if (ll[0] instanceof L.LatLng) return [ll];
    var out = [];
    for (var k = 0; k < ll.length; k++) out = out.concat(latLngRings(ll[k]));
    return out;
  }

  function inLayer(layer, latlng) {
    if (!layer.getLatLngs || !layer.getBounds().contains(latlng)) return false;
    var rings = latLngRings(layer.getLatLngs()), inside = false, x = latlng.lng, y = latlng.lat;
    for (var r = 0; r < rings.length; r++) {
      var ring = rings[r];
      for (var k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        var a = ring[k], b = ring[j];
        if (((a.lat > y) !== (b.lat > y)) && (x < (b.lng - a.lng) * (y - a.lat) / (b.lat - a.lat) + a.lng)) inside = !inside;
      }
    }
    return inside;
  }

  // --- popups ---------------------------------------------------------------------------------
  function table(rows) {
    var html = "<table>";
    for (var k = 0; k < rows.length; k++) html += "<tr><td>" + esc(rows[k][0]) + "</td><td>" + esc(rows[k][1]) + "</td></tr>";
    return html + "</table>";
  }

  // The page's data (a JSON script element), read once before any layer is made.
  SZ.load = function (dataId) {
    var t0 = performance.now();
    SZ.data = JSON.parse(document.getElementById(dataId).textContent);
    SZ.plots = new Plots(SZ.data.plots);
    SZ.statusLayers = [];
    document.documentElement.setAttribute("data-sz-load-ms", String(Math.round(performance.now() - t0)));
  };

  // The page is drawn: when, in ms from the start of navigation (the benchmark reads it).
  SZ.ready = function () {
    document.documentElement.setAttribute("data-sz-ready-ms", String(Math.round(performance.now())));
  };

  SZ.plotsLayer = function (code, colour) {
    var layer = new SZ.PlotsLayer(SZ.plots, code, colour, {});
    SZ.statusLayers.push(layer);
    return layer;
  };

  // Clicks (plot, else zone popups), zone markers and labels, once every layer exists.
  SZ.wire = function (map, cfg) {
    var data = SZ.data, st = SZ.plots, statusLayers = SZ.statusLayers;
    // numbers as the export's language writes them (the browser may lack that locale's data)
    function fmt(v, decimals) {
      var text = Math.abs(v).toFixed(decimals), parts = text.split(".");
      var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, data.group);
      return (v < 0 ? "-" : "") + whole + (parts.length > 1 ? data.decimal + parts[1] : "");
    }
    var nf = {format: function (v) { return fmt(v, 0); }};
    var nf1 = {format: function (v) { return fmt(v, 1); }};

    function value(col, i) {
      var raw = col.codes ? col.dict[col.codes[i]] : col.values[i];
      if (raw === null || raw === undefined || raw === "") return null;
      switch (col.kind) {
        case "status": return data.statusLabels[raw] || raw;
        case "number": return nf.format(raw);
        case "money": return nf.format(raw) + "\u00a0\u20b8";
        case "ha": return nf1.format(raw) + "\u00a0" + data.haUnit;
        case "date": return new Date(raw * 86400000).toISOString().slice(0, 10);
        default: return String(raw);
      }
    }

    function zonePart(z) {
      var zone = data.zones[z];
      if (!zone) return "";
      return "<h5>" + esc(zone.name) + "</h5>" + table(zone.kpis);
    }

    var highlight = null;
    function clearHighlight() { if (highlight) { map.removeLayer(highlight); highlight = null; } }

    function plotPopup(i, latlng) {
      var rows = [], title = "";
      for (var c = 0; c < st.columns.length; c++) {
        var col = st.columns[c], v = value(col, i);
        if (col.key === "plot_id") { title = v || ""; continue; }
        if (v !== null) rows.push([col.label, v]);
      }
      var html = "<div class='sz-popup'><h4>" + esc(data.plotWord + " " + title) + "</h4>" + table(rows) +
                 zonePart(st.zone[i]) + "</div>";
      clearHighlight();
      var rings = [];
      for (var r = st.pr[i]; r < st.pr[i + 1]; r++) {
        var ring = [];
        for (var v2 = st.rs[r]; v2 < st.rs[r + 1]; v2++) ring.push(map.unproject([st.X[v2], st.Y[v2]], 0));
        rings.push(ring);
      }
      highlight = L.polygon(rings, {color: "#FF00FF", weight: 2.5, fill: false, interactive: false}).addTo(map);
      L.popup({maxWidth: 360, autoPanPadding: [20, 60]}).setLatLng(latlng).setContent(html).openOn(map);
    }

    function zonePopup(z, latlng) {
      clearHighlight();
      var zone = data.zones[z], html = "<div class='sz-popup'><h4>" + esc(zone.name) + "</h4>";
      if (zone.info && zone.info.length) html += table(zone.info);
      html += "<h5>" + esc(data.kpiTitle) + "</h5>" + table(zone.kpis) + "</div>";
      L.popup({maxWidth: 360}).setLatLng(latlng).setContent(html).openOn(map);
    }
    SZ.zonePopup = zonePopup;

    map.on("popupclose", clearHighlight);
    map.on("click", function (e) {
      var p = map.project(e.latlng, 0), tol = 3 / Math.pow(2, map.getZoom()), best = -1, bestD = Infinity;
      for (var k = 0; k < statusLayers.length; k++) {
        if (!map.hasLayer(statusLayers[k])) continue;
        var ids = statusLayers[k].grid.search(p.x - tol, p.y - tol, p.x + tol, p.y + tol);
        for (var j = 0; j < ids.length; j++) {
          var i = ids[j];
          if (inRings(st, i, p.x, p.y)) { best = i; bestD = -1; break; }
          var dx = Math.max(st.minx[i] - p.x, 0, p.x - st.maxx[i]), dy = Math.max(st.miny[i] - p.y, 0, p.y - st.maxy[i]);
          var d = dx * dx + dy * dy;
          if (d < bestD) { bestD = d; best = i; }
        }
        if (bestD < 0) break;
      }
      if (best >= 0) { plotPopup(best, e.latlng); return; }
      if (cfg.zones && map.hasLayer(cfg.zones)) {
        var hit = -1;
        cfg.zones.eachLayer(function (l) { if (hit < 0 && l.feature && inLayer(l, e.latlng)) hit = l.feature.properties.z; });
        if (hit >= 0) zonePopup(hit, e.latlng);
      }
    });

    var selftest = window.location.hash === "#sz-selftest", selftestActed = false;
    // Zones: a ring marker where a zone is only a few pixels, labels that do not overlap.
    if (cfg.zones) {
      var zoneLayers = [];
      cfg.zones.eachLayer(function (l) { if (l.feature) zoneLayers.push(l); });
      zoneLayers.forEach(function (l) {
        var z = l.feature.properties.z, zone = data.zones[z], centre = l.getBounds().getCenter();
        l.szCentre = centre;
        l.szMarker = L.circleMarker(centre, {radius: 6, color: "#1B1B1B", weight: 2, fillColor: "#FFFFFF",
                                            fillOpacity: 0.85, pane: "sezmapZoneMarkers", bubblingMouseEvents: false});
        l.szMarker.on("click", function (e) { zonePopup(z, e.latlng); });
        l.szLabel = L.tooltip({permanent: true, direction: "center", className: "sz-label", interactive: false,
                               offset: [0, 0], pane: "sezmapLabels"}).setLatLng(centre).setContent(esc(zone.name));
        l.szArea = zone.area || 0;
        l.szLeader = L.polyline([], {color: "#1B1B1B", weight: 1, opacity: 0.8, interactive: false,
                                     pane: "sezmapZoneMarkers"});  // to a label further out
      });
      zoneLayers.sort(function (a, b) { return b.szArea - a.szArea; });
      // Screen boxes of the labels and markers where Leaflet puts them, not their elements' boxes:
      // at "moveend" an element may still be on its way there (the zoom's transition). A label:
      var labelBox = function (el) {
        var origin = map.getContainer().getBoundingClientRect();
        var p = map.layerPointToContainerPoint(L.DomUtil.getPosition(el));
        var left = origin.left + p.x + el.offsetLeft, top = origin.top + p.y + el.offsetTop;  // (+ its margin)
        return {left: left, top: top, right: left + el.offsetWidth, bottom: top + el.offsetHeight, height: el.offsetHeight};
      };
      // The markers shown: each hub's symbol (z: -1 - its place among the hubs) and each small
      // zone's ring (z: that zone), with their true places (home: a marker may be spread off it).
      var shownMarkers = function () {
        var out = [], k = 0;
        if (cfg.hubs && map.hasLayer(cfg.hubs)) cfg.hubs.eachLayer(function (m) { out.push({z: -1 - k++, m: m}); });
        zoneLayers.forEach(function (l) {
          if (map.hasLayer(l.szMarker)) out.push({z: l.feature.properties.z, m: l.szMarker});
        });
        out.forEach(function (s) { if (!s.m.szHome) s.m.szHome = s.m.getLatLng(); });
        return out;
      };
      // How far a marker's box reaches from its point [left, top, right, bottom]: a hub's icon
      // (the symbol, its white edge and a gap), a ring's radius and half its line.
      var reach = function (m) {
        if (m.options.icon) {
          var icon = m.options.icon.options, size = L.point(icon.iconSize), anchor = L.point(icon.iconAnchor);
          return [anchor.x, anchor.y, size.x - anchor.x, size.y - anchor.y];
        }
        var r = m.options.radius + m.options.weight / 2;
        return [r, r, r, r];
      };
      var boxAt = function (p, e) { return {left: p.x - e[0], top: p.y - e[1], right: p.x + e[2], bottom: p.y + e[3]}; };
      // their screen boxes where Leaflet draws them, and their true places on the screen
      var markerBoxes = function () {
        var origin = map.getContainer().getBoundingClientRect(), at = L.point(origin.left, origin.top);
        return shownMarkers().map(function (s) {
          return {z: s.z, box: boxAt(map.latLngToContainerPoint(s.m.getLatLng()).add(at), reach(s.m)),
                  home: map.latLngToContainerPoint(s.m.szHome).add(at)};
        });
      };
      // Markers a few pixels apart hid each other (at country zoom the Khorgos dry port's square
      // covered the rings of Khorgos and of its ICBC, a few km off, and the hubs there). Each is
      // put where its box meets none put before it: at its true place, else at the nearest free
      // spot around it (away from what is in the way first), with a leg to its true place. The
      // zones' rings first (the map's subject: they move only off each other), then the hubs.
      // Done again at each zoom, from the true places.
      var SPREAD_GAP = 2, SPREAD_STEP = 3, SPREAD_MAX = 90;  // px
      // Each marker back at its true place, its leg taken away; the small zones' labels back at
      // their rings, the leaders away (update places them again).
      var offHome = function (m) { return !!m.szHome && !m.getLatLng().equals(m.szHome); };  // off its true place
      var fold = function () {
        var home = function (m) {
          if (m.szLeg && map.hasLayer(m.szLeg)) map.removeLayer(m.szLeg);
          if (offHome(m)) m.setLatLng(m.szHome);
        };
        zoneLayers.forEach(function (l) {
          home(l.szMarker);
          if (l.szSmall) l.szLabel.setLatLng(l.szMarker.getLatLng());
          if (map.hasLayer(l.szLeader)) map.removeLayer(l.szLeader);
        });
        if (cfg.hubs) cfg.hubs.eachLayer(home);
      };
      var spread = function () {
        fold();
        var items = shownMarkers().map(function (s, k) {
          return {k: k, ring: s.z >= 0, m: s.m, e: reach(s.m), home: map.latLngToContainerPoint(s.m.szHome)};
        });
        items.sort(function (a, b) { return (b.ring - a.ring) || (a.k - b.k); });
        var put = [];
        var free = function (p, e) {
          var box = boxAt(p, e);
          return !put.some(function (o) { return hits(box, o, SPREAD_GAP, SPREAD_GAP); });
        };
        var spot = function (it) {
          var home = it.home, e = it.e, mine = boxAt(home, e), cx = 0, cy = 0, n = 0;
          put.forEach(function (o) {
            if (hits(mine, o, SPREAD_GAP, SPREAD_GAP)) { cx += (o.left + o.right) / 2; cy += (o.top + o.bottom) / 2; n++; }
          });
          if (!n) return home;
          var a0 = Math.atan2(home.y - cy / n, home.x - cx / n);  // (0 when on the same point)
          for (var r = SPREAD_STEP; r <= SPREAD_MAX; r += SPREAD_STEP) {
            var count = Math.ceil(2 * Math.PI * r / SPREAD_STEP);
            for (var k = 0; k < count; k++) {  // from a0, both ways round
              var a = a0 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 2 * Math.PI / count;
              var p = L.point(home.x + r * Math.cos(a), home.y + r * Math.sin(a));
              if (free(p, e)) return p;
            }
          }
          return home;
        };
        items.forEach(function (it) {
          var at = spot(it), m = it.m, moved = at.distanceTo(it.home) > 0.5;
          put.push(boxAt(at, it.e));
          m.setLatLng(moved ? map.containerPointToLatLng(at) : m.szHome);
          if (!m.szLeg) m.szLeg = L.polyline([], {color: "#555555", weight: 1, opacity: 0.7, interactive: false,
                                                  pane: "sezmapLegs"});
          if (moved) m.szLeg.setLatLngs([m.szHome, m.getLatLng()]).addTo(map);
        });
      };
      // A label r px from its ring at an angle (degrees, clockwise from the right): beside that
      // point on the ring's side, its corner there when the angle is slanted (as render/labels.py)
      var LEADER_RADII = [20, 30, 42, 56, 72, 90];
      var LEADER_ANGLES = [0, 180, -30, 30, -150, 150, -60, 60, -120, 120, -90, 90, -15, 15, -165, 165, -45, 45,
                           -135, 135, -75, 75, -105, 105];
      var away = function (degrees, r, text) {
        var c = Math.cos(degrees * Math.PI / 180), s = Math.sin(degrees * Math.PI / 180);
        var side = c > 0.38 ? "right" : (c < -0.38 ? "left" : (s > 0 ? "bottom" : "top"));
        var offset = function (h) {
          var lift = (side === "right" || side === "left") && Math.abs(s) > 0.38 ? Math.sign(s) * h / 2 : 0;
          return [r * c, r * s + lift];
        };
        return [side, offset, text, false];
      };
      var update = function () {
        if (zooming) return;  // (done at its end, "moveend")
        var on = map.hasLayer(cfg.zones), placed = [];
        // the boxes over the map (legend, title): a label is not left half under them
        var covers = [];
        [".sz-legend", ".sz-title"].forEach(function (sel) {
          var el = map.getContainer().querySelector(sel);
          if (el) covers.push(el.getBoundingClientRect());
        });
        var view = map.getContainer().getBoundingClientRect();
        var markers = [];  // those in the view, once each zone's ring is shown or not
        var clear = function (box, inside, own) {
          if (inside && (box.left < view.left || box.right > view.right)) return false;
          for (var k = 0; k < covers.length; k++) if (hits(box, covers[k], 2, 2)) return false;
          for (k = 0; k < placed.length; k++) if (hits(box, placed[k], 4, 2)) return false;
          for (k = 0; k < markers.length; k++) if (markers[k].z !== own && hits(box, markers[k].box, 1, 1)) return false;
          return true;
        };
        zoneLayers.forEach(function (l) {
          var b = l.getBounds(), z = map.getZoom();
          var a = map.project(b.getSouthWest(), z), c = map.project(b.getNorthEast(), z);
          l.szSmall = Math.max(Math.abs(c.x - a.x), Math.abs(a.y - c.y)) < 10;
          if (on && l.szSmall) { if (!map.hasLayer(l.szMarker)) l.szMarker.addTo(map); }
          else if (map.hasLayer(l.szMarker)) map.removeLayer(l.szMarker);
        });
        spread();
        zoneLayers.forEach(function (l) { l.szLabel.setLatLng(l.szSmall ? l.szMarker.getLatLng() : l.szCentre); });
        if (on) markers = markerBoxes().filter(function (m) { return hits(m.box, view, 0, 0); });
        var lead = function (l, box) {  // a leader line from the ring's edge to the label's nearest point
          var c = map.latLngToContainerPoint(l.szMarker.getLatLng());
          var x = Math.min(Math.max(c.x, box.left - view.left), box.right - view.left);
          var y = Math.min(Math.max(c.y, box.top - view.top), box.bottom - view.top);
          var d = Math.sqrt((x - c.x) * (x - c.x) + (y - c.y) * (y - c.y)), r = l.szMarker.options.radius + 1;
          if (d <= r) return;
          var start = L.point(c.x + (x - c.x) * r / d, c.y + (y - c.y) * r / d);
          l.szLeader.setLatLngs([map.containerPointToLatLng(start), map.containerPointToLatLng(L.point(x, y))]).addTo(map);
        };
        var place = function (l, further) {  // whether done with (placed, hidden or none shown)
          var small = l.szSmall, own = l.feature.properties.z;
          if (map.hasLayer(l.szLeader)) map.removeLayer(l.szLeader);
          if (!on) { if (map.hasLayer(l.szLabel)) map.removeLayer(l.szLabel); return true; }
          // As on the printed map (render/labels.py): beside a small zone's marker, at eight spots
          // (its right, left, four corners, above, below); its name on one line, else on two, else
          // its short name. The labels that find no room there, once all the others are placed
          // ("further"): the short name at the nearest free spot further out (the radii and
          // angles of render/labels.py), with a leader line (past the labels and hubs at the same
          // place: Khorgos, its ICBC, their crossings and dry port at country zoom). A big zone's
          // in its middle, else just above or below it (past a hub's symbol there). Never half
          // under the legend or the title, never over another label, a hub's symbol or another
          // zone's ring (a border crossing's diamond hid the name beside it). The spots:
          // [direction, offset or offset(label's height)].
          var zone = data.zones[own];
          var corner = function (dx, sy) { return function (h) { return [dx, sy * (h / 2 + 2)]; }; };
          var near = small ? [["right", [8, 0]], ["left", [-8, 0]], ["right", corner(2, -1)], ["right", corner(2, 1)],
                              ["left", corner(-2, -1)], ["left", corner(-2, 1)], ["top", [0, -6]], ["bottom", [0, 6]]]
                           : [["center", [0, 0]], ["center", function (h) { return [0, -h - 4]; }],
                              ["center", function (h) { return [0, h + 4]; }]];
          if (!map.hasLayer(l.szLabel)) l.szLabel.addTo(map);
          var el = l.szLabel.getElement();
          if (!el) return true;
          var tries = [];  // [direction, offset, text, wrapped]
          near.forEach(function (d) {
            tries.push([d[0], d[1], zone.name, false], [d[0], d[1], zone.name, true]);
          });
          if (zone.short) near.forEach(function (d) { tries.push([d[0], d[1], zone.short, false]); });
          var shown = null;
          var show = function (t) {
            if (shown !== t[2]) { l.szLabel.setContent(esc(t[2])); shown = t[2]; el = l.szLabel.getElement(); }
            el.classList.remove("sz-wrap");
            el.style.maxWidth = "";
            if (t[3]) {  // on two lines about as long, at most 210 px ("Chemical Park / Taraz SEZ")
              var one = el.offsetWidth;
              el.classList.add("sz-wrap");
              el.style.maxWidth = Math.min(Math.ceil(one * 0.6), 210) + "px";
            }
            l.szLabel.options.direction = t[0];
            l.szLabel.options.offset = typeof t[1] === "function" ? t[1](el.offsetHeight) : t[1];
            l.szLabel.update();
            return labelBox(el);
          };
          var fits = function (t) {
            var box = show(t);
            if (!clear(box, small, own)) return false;
            el.style.visibility = "visible";
            placed.push(box);
            return true;
          };
          if (!further && tries.some(fits)) return true;
          if (small && further) {
            var text = zone.short || zone.name, ring = l.szMarker.options.radius + 2;
            for (var i = 0; i < LEADER_RADII.length; i++) {
              for (var j = 0; j < LEADER_ANGLES.length; j++) {
                if (fits(away(LEADER_ANGLES[j], LEADER_RADII[i] + ring, text))) {
                  lead(l, placed[placed.length - 1]);
                  return true;
                }
              }
            }
          }
          el.style.visibility = "hidden";
          return further || !small;
        };
        zoneLayers.filter(function (l) { return !place(l, false); }).forEach(function (l) { place(l, true); });
        if (selftest && !selftestActed) reportLabels();
      };
      // "#sz-selftest": the zone labels shown (their texts), those of them under the legend or
      // the title (none) and the pairs of them that overlap (none), as the body's attributes
      var edges = function (b) { return [b.left, b.top, b.right, b.bottom].map(Math.round); };
      var shownLabels = function () {  // the labels' elements not hidden, and their boxes
        var out = [];
        map.getContainer().querySelectorAll(".sz-label").forEach(function (el) {
          if (el.style.visibility !== "hidden") out.push({el: el, box: labelBox(el)});
        });
        return out;
      };
      var labelOverlaps = function (shown) {  // the pairs of them that overlap
        var overlaps = 0;
        shown.forEach(function (a, i) {
          overlaps += shown.slice(0, i).filter(function (b) { return hits(a.box, b.box, 0, 0); }).length;
        });
        return overlaps;
      };
      var reportLabels = function () {
        var covers = [];
        [".sz-legend", ".sz-title"].forEach(function (sel) {
          var el = map.getContainer().querySelector(sel);
          if (el) covers.push(el.getBoundingClientRect());
        });
        var shown = shownLabels(), under = 0, overlaps = labelOverlaps(shown), texts = [], boxes = [];
        shown.forEach(function (s) {
          if (covers.some(function (o) { return hits(s.box, o, 0, 0); })) under += 1;
          boxes.push(s.box);
          texts.push(s.el.textContent);
        });
        document.body.setAttribute("data-sz-labels", boxes.length + " " + under);
        document.body.setAttribute("data-sz-label-texts", texts.join("|"));
        document.body.setAttribute("data-sz-label-overlaps", String(overlaps));
        // and the screen boxes of the labels shown [zone, left, top, right, bottom] and of the
        // markers [zone, or -1 - the hub's place among the hubs, left, top, right, bottom, and the
        // x, y of its true place]
        document.body.setAttribute("data-sz-label-boxes", JSON.stringify(labelRows()));
        document.body.setAttribute("data-sz-marker-boxes", JSON.stringify(markerRows()));
      };
      var labelRows = function () {
        return zoneLayers.filter(function (l) {
          var el = l.szLabel.getElement();
          return map.hasLayer(l.szLabel) && el && el.style.visibility !== "hidden";
        }).map(function (l) { return [l.feature.properties.z].concat(edges(labelBox(l.szLabel.getElement()))); });
      };
      var markerRows = function () {
        return markerBoxes().map(function (m) { return [m.z].concat(edges(m.box), [m.home.x, m.home.y].map(Math.round)); });
      };
      // A spread is pixels at one zoom: a zoom's animation scaled it with the map (the markers
      // flew apart along their stretching legs, then jumped back at its end). When a zoom starts
      // (animated, a wheel's, a pinch's, fitBounds's, flyTo's, or at once) the markers fold back
      // to their true places, as Leaflet.markercluster's spiders do, and move with the map; at its
      // end ("moveend", after "zoomend") they are spread again for the new zoom, and their labels
      // placed beside them. A pan keeps the zoom: the spread stays right, update keeps it.
      // A small zone's label placed for its spread ring, or at the end of a leader line, is
      // hidden while the zoom runs: back beside its ring's true place it may lie over a
      // neighbour's label. Its placement at the end shows it again (update).
      var zooming = false;
      map.on("zoomstart", function () {
        zooming = true;
        zoneLayers.forEach(function (l) {
          var el = l.szLabel.getElement();
          if (el && l.szSmall && (map.hasLayer(l.szLeader) || offHome(l.szMarker))) el.style.visibility = "hidden";
        });
        fold();
      });
      map.on("moveend", function () { zooming = false; });  // (before update, below)
      map.on("moveend resize overlayadd overlayremove", update);
      map.getContainer().addEventListener("toggle", update, true);  // the legend folded or opened
      map.whenReady(update);
      SZ.updateZones = update;

      // "#sz-selftest": once the plot is clicked (below), a zoom in by one level about a spread
      // marker's true place, animated (as the wheel zooms about the pointer), and what it showed,
      // as the body's attributes: at its start ("zoomanim", what the animation moves) the markers
      // spread before it, those off their true places, the legs and leaders on the map and the
      // small zones' labels not at their rings (none of them); at its end the zoom it went from
      // and to and the boxes of the labels and markers (as data-sz-label-boxes, -marker-boxes).
      if (selftest) {
        map.whenReady(function () {
          setTimeout(function () {
            map.stop();  // (the popup's pan ended: with virtual time its frames may not have come)
            var off = function () {
              return shownMarkers().filter(function (s) { return offHome(s.m); });
            };
            var before = off(), view = map.getBounds(), from = map.getZoom();
            var about = before.filter(function (s) { return view.contains(s.m.szHome); })[0];
            if (!about) { document.body.setAttribute("data-sz-zoom-start", "none"); return; }
            selftestActed = true;
            var overlapsAtStart = null;
            map.once("zoomstart", function () { overlapsAtStart = labelOverlaps(shownLabels()); });  // (after fold)
            map.once("zoomanim", function () {
              var on = function (layer) { return layer && map.hasLayer(layer) ? 1 : 0; }, legs = 0, leaders = 0, labels = 0;
              shownMarkers().forEach(function (s) { legs += on(s.m.szLeg); });
              zoneLayers.forEach(function (l) {
                leaders += on(l.szLeader);
                if (map.hasLayer(l.szMarker) && !l.szLabel.getLatLng().equals(l.szMarker.getLatLng())) labels++;
              });
              document.body.setAttribute("data-sz-zoom-start", JSON.stringify(
                {spread: before.length, off: off().length, legs: legs, leaders: leaders, labels: labels,
                 overlaps: [overlapsAtStart, labelOverlaps(shownLabels())]}));
              map.once("moveend", function () {  // (after update's)
                document.body.setAttribute("data-sz-zoom-end", JSON.stringify(
                  {zoom: [from, map.getZoom()], labels: labelRows(), markers: markerRows()}));
              });
            });
            map.setZoomAround(about.m.szHome, from + 1);
          }, 1200);  // (after the click, 600 ms)
        });
      }
    }

    // "#sz-selftest": click the middle of a plot once the map is drawn, so that a headless
    // browser's DOM shows the popup it opens (the tests' check of the click path).
    if (selftest) {
      map.whenReady(function () {
        setTimeout(function () {
          for (var k = 0; k < statusLayers.length; k++) {
            var ids = statusLayers[k].grid.search(-1, -1, 257, 257);
            for (var j = 0; j < ids.length; j++) {
              var i = ids[j], cx = (st.minx[i] + st.maxx[i]) / 2, cy = (st.miny[i] + st.maxy[i]) / 2;
              if (!inRings(st, i, cx, cy)) continue;
              selftestActed = true;  // (the labels as they were before: the popup may pan the map)
              map.fire("click", {latlng: map.unproject([cx, cy], 0)});
              document.body.setAttribute("data-sz-clicked", String(i));
              return;
            }
          }
          document.body.setAttribute("data-sz-clicked", "none");
        }, 600);  // (after fitBounds's zoom animation, 250 ms)
      });
    }
  };

  // Whether two screen boxes meet, with gaps gx, gy kept between them.
  function hits(box, o, gx, gy) {
    return box.left < o.right + gx && box.right + gx > o.left && box.top < o.bottom + gy && box.bottom + gy > o.top;
  }

  // Leaflet's scale bar in metres, its units in the page's language (units.m, units.km: "%1 м").
  SZ.scale = function (map, units) {
    var control = L.control.scale({imperial: false});
    control._updateMetric = function (maxMeters) {
      var metres = this._getRoundNum(maxMeters);
      var label = metres < 1000 ? units.m.replace("%1", metres) : units.km.replace("%1", metres / 1000);
      this._updateScale(this._mScale, label, metres / maxMeters);
    };
    return control.addTo(map);
  };

  // A block of HTML as a Leaflet control (legend), or over the map's top centre (title).
  SZ.htmlControl = function (map, html, position, className) {
    var control = L.control({position: position});
    control.onAdd = function () {
      var div = L.DomUtil.create("div", className);
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    control.addTo(map);
    return control;
  };
  SZ.title = function (map, html) {
    var div = L.DomUtil.create("div", "sz-title", map.getContainer());
    div.innerHTML = html;
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
})(window.L);
