/* homsmap map viewer: control periods as intervals, one geometry per place, a day slider.
 *
 * Our own code (no third-party source here); Leaflet itself is inlined at build time from an
 * installed package. Data arrives as JSON in <script type="application/json" id="homsmap-data">.
 * Every string from the data reaches the page through textContent, never innerHTML.
 *
 * Rows: places [id, name, name_ar, kind, lat, lon, adm3, population, adm2, is_settlement, admin text];
 * periods [place, start, end (exclusive, -1 open), side, status, certainty, event, challenger (-1)], days
 * as offsets from D.start; events [id, date, date_end, precision, time, place as written, place, lat, lon,
 * action, gains, loses, status, certainty, citation, note, kind, curated in].
 *
 * window.homsmap (for tests and the console): setDay("YYYY-MM-DD" | offset), day(), dayISO(),
 * stateOf(placeId) -> {side, status, certainty, since, event} | {status: "unknown"}, nextChange(),
 * prevChange(), changes, ready.
 */
(function () {
  "use strict";

  var MS_DAY = 86400000;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isoOf(start, offset) {
    var t = Date.parse(start + "T00:00:00Z") + offset * MS_DAY;
    return new Date(t).toISOString().slice(0, 10);
  }

  function offsetOf(start, iso) {
    return Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse(start + "T00:00:00Z")) / MS_DAY);
  }

  // The style of a place or a cell for a state: colour by side, form by status and certainty,
  // so that contested, besieged, claimed and pending states differ by more than colour.
  // A state last reported long before the day shown (the regional map carries a 2014 state into 2018)
  // is drawn faded with a grey dotted outline: the map says what was last known, and that it is old.
  function isStale(D, st, day) { return D.staleAfter > 0 && st && day - st.start > D.staleAfter; }

  function pointStyle(D, st, day) {
    if (!st) {
      return {radius: 3, color: "#777777", weight: 1, opacity: 0.8, fillColor: "#ffffff", fillOpacity: 0.6,
              dashArray: null};
    }
    var side = D.sides[st.side], other = st.challenger >= 0 ? D.sides[st.challenger] : null;
    var status = D.statuses[st.status], certainty = D.certainties[st.certainty];
    var s = {radius: 6, color: "#ffffff", weight: 1.5, opacity: 1, fillColor: side.colour, fillOpacity: 0.95,
             dashArray: null};
    if (status === "contested") {
      s.color = other ? other.colour : "#333333"; s.weight = 3; s.dashArray = "3 3"; s.fillOpacity = 0.55;
    } else if (status === "besieged") {
      s.color = other ? other.colour : "#333333"; s.weight = 4; s.radius = 7;
    } else if (status === "agreement_pending") {
      s.color = other ? other.colour : "#333333"; s.weight = 3; s.dashArray = "8 4"; s.fillOpacity = 0.7;
    } else if (status === "ceasefire") {
      s.color = "#1a1a1a"; s.weight = 2.5; s.dashArray = "1 4"; s.fillOpacity = 0.8;
    }
    if (certainty === "claimed") {
      s.fillOpacity = 0.3; s.dashArray = s.dashArray || "2 3"; if (status === "held") s.color = side.colour;
      s.weight = Math.max(s.weight, 2);
    }
    if (isStale(D, st, day)) { s.fillOpacity *= 0.35; s.color = "#777777"; s.weight = 1.5; s.dashArray = "1 3"; }
    if (D.kinds[st.place] === "region" || D.kinds[st.place] === "governorate" ||
        D.kinds[st.place] === "district" || D.kinds[st.place] === "subdistrict") {
      s.radius += 4; s.fillOpacity *= 0.6;
    }
    return s;
  }

  function cellStyle(D, st, day) {
    if (!st) return {stroke: false, fill: false};
    var side = D.sides[st.side], other = st.challenger >= 0 ? D.sides[st.challenger] : null;
    var status = D.statuses[st.status], certainty = D.certainties[st.certainty];
    var s = {stroke: true, color: side.colour, weight: 0.6, opacity: 0.6, fill: true, fillColor: side.colour,
             fillOpacity: 0.32, dashArray: null};
    if (status === "contested") { s.fillOpacity = 0.14; s.weight = 2; s.dashArray = "4 4"; if (other) s.color = other.colour; }
    if (status === "besieged") { s.fillOpacity = 0.22; s.weight = 2.5; if (other) s.color = other.colour; }
    if (status === "agreement_pending") { s.fillOpacity = 0.22; s.weight = 2; s.dashArray = "8 4"; if (other) s.color = other.colour; }
    if (status === "ceasefire") { s.fillOpacity = 0.22; s.weight = 2; s.dashArray = "1 4"; s.color = "#1a1a1a"; }
    if (certainty === "claimed") { s.fillOpacity = Math.min(s.fillOpacity, 0.12); s.weight = 1.5; s.dashArray = s.dashArray || "2 3"; }
    if (isStale(D, st, day)) { s.fillOpacity = 0.08; s.color = "#777777"; s.dashArray = "1 3"; }
    return s;
  }

  // Every control cell in ONE canvas path object: projected once per zoom, drawn batched by style (one
  // fill and one stroke per distinct state on the day), instead of 10,000 L.Polygon layers that Leaflet
  // draws one by one (fill + stroke each; about 100 ms at war scale in headless Chromium).
  function cellsLayer(cells, options) {
    var Layer = L.Path.extend({
      options: {interactive: false},
      initialize: function (list, opts) { L.setOptions(this, opts); this._cells = list; this._groups = []; this._key = null; },
      setGroups: function (groups) {
        this._groups = groups;
        if (this._map) this._renderer._requestRedraw(this);
        return this;
      },
      _project: function () {  // layer-pixel rings of every cell, kept until the zoom or the pixel origin changes
        var map = this._map, o = map.getPixelOrigin(), key = map.getZoom() + "," + o.x + "," + o.y;
        if (key === this._key) return;
        this._key = key;
        var rings = this._rings = {}, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
        this._cells.forEach(function (c) {
          var list = rings[c.p] = [], x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
          c.polys.forEach(function (poly) {
            poly.forEach(function (ring) {
              var xy = new Float64Array(2 * ring.length);
              for (var j = 0; j < ring.length; j++) {
                var pt = map.latLngToLayerPoint([ring[j][1], ring[j][0]]);
                xy[2 * j] = pt.x; xy[2 * j + 1] = pt.y;
                if (pt.x < x0) x0 = pt.x; if (pt.x > x1) x1 = pt.x;
                if (pt.y < y0) y0 = pt.y; if (pt.y > y1) y1 = pt.y;
              }
              list.push(xy);
            });
          });
          list.box = [x0, y0, x1, y1];
          minX = Math.min(minX, x0); minY = Math.min(minY, y0); maxX = Math.max(maxX, x1); maxY = Math.max(maxY, y1);
        });
        this._pxBounds = L.bounds([minX - 3, minY - 3], [maxX + 3, maxY + 3]);
      },
      _update: function () {},
      _empty: function () { return !this._groups.length; },
      _containsPoint: function () { return false; },
      _updatePath: function () {
        var r = this._renderer, ctx = r._ctx, rings = this._rings, b = r._bounds;
        if (!r._drawing || !ctx) return;
        this._groups.forEach(function (g) {
          var s = g.style, j, q, v;
          ctx.beginPath();
          for (j = 0; j < g.places.length; j++) {
            var list = rings[g.places[j]], box = list.box;
            if (box[2] < b.min.x || box[0] > b.max.x || box[3] < b.min.y || box[1] > b.max.y) continue;  // off the canvas
            for (q = 0; q < list.length; q++) {
              var xy = list[q];
              ctx.moveTo(xy[0], xy[1]);
              for (v = 2; v < xy.length; v += 2) ctx.lineTo(xy[v], xy[v + 1]);  // GeoJSON rings end where they start
            }
          }
          if (s.fill) { ctx.globalAlpha = s.fillOpacity; ctx.fillStyle = s.fillColor; ctx.fill("evenodd"); }
          if (s.stroke) {
            ctx.setLineDash(s.dashArray ? s.dashArray.split(/[ ,]+/).map(Number) : []);
            ctx.globalAlpha = s.opacity; ctx.lineWidth = s.weight; ctx.strokeStyle = s.color;
            ctx.lineCap = "round"; ctx.lineJoin = "round"; ctx.stroke();
          }
        });
        ctx.setLineDash([]);
      }
    });
    return new Layer(cells, options);
  }

  function init(map, D) {
    var nPlaces = D.places.length;
    D.kinds = D.places.map(function (p) { return p[3]; });
    // periods grouped by place: first[i] .. first[i+1]
    var P = D.periods, first = new Int32Array(nPlaces + 1), i;
    for (i = 0; i < P.length; i++) first[P[i][0] + 1]++;
    for (i = 0; i < nPlaces; i++) first[i + 1] += first[i];

    function periodAt(place, d) {
      var lo = first[place], hi = first[place + 1], found = -1;
      while (lo < hi) {  // last period with start <= d
        var mid = (lo + hi) >> 1;
        if (P[mid][1] <= d) { found = mid; lo = mid + 1; } else { hi = mid; }
      }
      if (found < 0) return -1;
      var end = P[found][2];
      return (end < 0 || d < end) ? found : -1;
    }

    function stateRow(k) {
      if (k < 0) return null;
      var r = P[k];
      return {place: r[0], start: r[1], end: r[2], side: r[3], status: r[4], certainty: r[5], event: r[6],
              challenger: r[7], row: k};
    }

    var canvas = L.canvas({padding: 0.1});
    var layers = {};

    // --- vector basemap: country outline, governorates, city labels (no tiles needed) ---
    layers.basemap = L.layerGroup().addTo(map);
    L.geoJSON(D.outline, {interactive: false, style: {color: "#555555", weight: 1.2, fillColor: "#f4f1ea",
                                                        fillOpacity: 1}}).addTo(layers.basemap);
    L.geoJSON(D.governorates, {interactive: false, style: {color: "#8a8a8a", weight: 0.8, dashArray: "4 3",
                                                             fill: false}}).addTo(layers.basemap);
    D.labels.forEach(function (lab) {
      var icon = L.divIcon({className: "hm-label", html: "", iconSize: null});
      var m = L.marker([lab[1], lab[2]], {icon: icon, interactive: false, keyboard: false});
      m.on("add", function () { m.getElement().textContent = lab[0]; });
      m.addTo(layers.basemap);
    });

    // --- admin choropleths: the share of known settlements (or of their population) held by the leading side ---
    function choropleth(fc, title, metric) {
      var byUnit = {};
      var layer = L.geoJSON(fc, {renderer: canvas, style: {weight: 0.7, color: "#666666", fillOpacity: 0}});
      layer.eachLayer(function (lyr) { byUnit[lyr.feature.properties.pcode] = lyr; });
      layer.bindTooltip(function (lyr) {
        var div = el("div", "hm-tip");
        div.appendChild(el("div", null, lyr.feature.properties.name + " (" + title + ")"));
        (lyr.hmShares || ["no settlement with a known state"]).forEach(function (t) { div.appendChild(el("div", null, t)); });
        return div;
      }, {sticky: true});
      return {layer: layer, byUnit: byUnit, metric: metric};
    }
    var choropleths = [choropleth(D.admin3, "subdistrict", "n"), choropleth(D.admin3, "subdistrict", "pop"),
                       choropleth(D.admin2, "district", "n"), choropleth(D.admin2, "district", "pop")];

    function shadeChoropleths(tallies) {
      choropleths.forEach(function (ch) {
        Object.keys(ch.byUnit).forEach(function (u) {
          var lyr = ch.byUnit[u], t = tallies[u];
          if (!t || (ch.metric === "pop" && t.pop === 0)) {
            lyr.setStyle({fillOpacity: 0, color: "#666666", weight: 0.7}); lyr.hmShares = null; return;
          }
          var total = ch.metric === "pop" ? t.pop : t.n, by = ch.metric === "pop" ? t.popBy : t.by;
          var best = -1, bestN = -1, lines = [t.n + " settlements with a known state, population " + t.pop];
          Object.keys(t.by).forEach(function (s) {
            lines.push(D.sides[s].name + ": " + t.by[s] + " settlements (" + Math.round(100 * t.by[s] / t.n) +
              "%), population " + (t.popBy[s] || 0) + (t.pop ? " (" + Math.round(100 * (t.popBy[s] || 0) / t.pop) + "%)" : ""));
          });
          Object.keys(by).forEach(function (s) { if (by[s] > bestN) { best = +s; bestN = by[s]; } });
          lyr.hmShares = lines;
          lyr.setStyle({fillColor: D.sides[best].colour, fillOpacity: 0.1 + 0.55 * bestN / total, color: "#444444",
                        weight: 1});
        });
      });
    }

    // --- control areas (Voronoi cells of settlements with any period) ---
    var hasCell = new Uint8Array(nPlaces);
    var areas = cellsLayer(D.cells.features.map(function (f) {
      hasCell[f.properties.p] = 1;
      return {p: f.properties.p, polys: f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates};
    }), {renderer: canvas});
    layers.areas = L.layerGroup([areas]).addTo(map);

    // --- places ---
    var markers = new Array(nPlaces), shown = new Int32Array(nPlaces).fill(-2), shownStale = new Array(nPlaces);
    layers.places = L.layerGroup();
    for (i = 0; i < nPlaces; i++) {
      var p = D.places[i];
      var mk = L.circleMarker([p[4], p[5]], Object.assign({renderer: canvas}, pointStyle(D, null, 0)));
      mk.hmPlace = i;
      mk.bindPopup(popupFor, {maxWidth: 360});
      mk.bindTooltip(p[1], {direction: "top"});
      markers[i] = mk;
      mk.addTo(layers.places);
    }
    layers.places.addTo(map);
    // Thousands of dots cover the areas at the country view and cost as much to draw again as the areas:
    // on a large map they show from PLACES_ZOOM (or when the reader ticks them), restyled only while shown.
    var PLACES_ZOOM = 9, autoPlaces = nPlaces > 2000, switching = false;
    function showPlaces(on) {
      if (on === map.hasLayer(layers.places)) return;
      switching = true;
      if (on) map.addLayer(layers.places); else map.removeLayer(layers.places);
      switching = false;
    }
    map.on("zoomend", function () { if (autoPlaces) showPlaces(map.getZoom() >= PLACES_ZOOM); });
    map.on("overlayadd overlayremove", function (ev) { if (ev.layer === layers.places && !switching) autoPlaces = false; });
    layers.places.on("add", function () { applyDay(current); });
    map.on("moveend", function () { if (map.hasLayer(layers.places)) applyDay(current); });

    // --- incidents: shown on the days they happened ---
    layers.incidents = L.layerGroup().addTo(map);
    var incidentMarkers = D.events.map(function (e, k) {
      if (e[16] !== "incident" || e[7] === null) return null;
      var icon = L.divIcon({className: "hm-incident", html: "", iconSize: [18, 18]});
      var m = L.marker([e[7], e[8]], {icon: icon, keyboard: false, title: e[9]});
      m.on("add", function () {
        var node = m.getElement(); node.textContent = "\u2739";
        var side = D.sideIndex[e[10]];
        node.style.color = side !== undefined ? D.sides[side].colour : "#333333";
      });
      m.bindPopup(function () { return eventBox(k, "Incident"); }, {maxWidth: 360});
      m.hmFrom = offsetOf(D.start, e[1]); m.hmTo = e[2] ? offsetOf(D.start, e[2]) : m.hmFrom;
      return m;
    });

    function eventBox(k, heading) {
      var e = D.events[k], box = el("div", "hm-popup");
      box.appendChild(el("div", "hm-h", heading + ": " + e[9].replace(/_/g, " ")));
      var dateText = e[1] + (e[2] ? " to " + e[2] : "") + (e[4] ? " (" + e[4] + ")" : "") +
        (e[3] !== "day" ? " [" + e[3] + "]" : "");
      [["Event", e[0]], ["Date", dateText], ["Place as written", e[5]],
       ["Gains / acts", e[10] ? (D.sides[D.sideIndex[e[10]]] || {name: e[10]}).name : "not named"],
       ["Loses / hit", e[11] ? (D.sides[D.sideIndex[e[11]]] || {name: e[11]}).name : "—"],
       ["Certainty", e[13]], ["Source", e[14]], ["Curated in", e[17]]].forEach(function (kv) {
        var row = el("div", "hm-row"); row.appendChild(el("b", null, kv[0] + ": ")); row.appendChild(el("span", null, kv[1]));
        box.appendChild(row);
      });
      if (e[15]) box.appendChild(el("div", "hm-note", e[15]));
      return box;
    }

    function popupFor(layer) {
      var k = layer.hmPlace, p = D.places[k], box = el("div", "hm-popup");
      box.appendChild(el("div", "hm-h", p[1]));
      if (p[2]) { var ar = el("div", "hm-ar", p[2]); ar.dir = "rtl"; box.appendChild(ar); }
      box.appendChild(el("div", "hm-sub", p[3] + (p[10] ? " \u00b7 " + p[10] : "") + " \u00b7 " + p[0] +
        (p[7] ? " \u00b7 pop. " + p[7] : "")));
      var st = stateRow(periodAt(k, current));
      var line = el("div", "hm-state");
      if (!st) {
        line.textContent = "Unknown on " + isoOf(D.start, current) + ": no event or baseline yet";
        box.appendChild(line);
        return box;
      }
      var side = D.sides[st.side];
      var sw = el("span", "hm-swatch"); sw.style.background = side.colour; line.appendChild(sw);
      line.appendChild(el("span", null, " " + side.name + " — " + D.statuses[st.status].replace(/_/g, " ") +
        (st.challenger >= 0 ? " (vs " + D.sides[st.challenger].name + ")" : "") +
        ", " + D.certainties[st.certainty] + ", since " + isoOf(D.start, st.start)));
      box.appendChild(line);
      if (isStale(D, st, current)) {
        box.appendChild(el("div", "hm-stale", "Last reported " + (current - st.start) + " days before this day: " +
          "no later source in the data speaks of this place."));
      }
      box.appendChild(eventBox(st.event, "Set by"));
      return box;
    }

    // --- state on a day ---
    var current = 0;
    function applyDay(d) {
      current = Math.max(0, Math.min(D.ndays - 1, d));
      var tallies = {}, groups = {}, i2, k, dots = map.hasLayer(layers.places);
      var vb = map.getBounds().pad(0.5), s = vb.getSouth(), w = vb.getWest(), n = vb.getNorth(), e = vb.getEast();
      for (i2 = 0; i2 < nPlaces; i2++) {
        k = periodAt(i2, current);
        var stale = k >= 0 && isStale(D, {start: P[k][1]}, current);
        var near = D.places[i2][4] >= s && D.places[i2][4] <= n && D.places[i2][5] >= w && D.places[i2][5] <= e;
        if (dots && near && (k !== shown[i2] || stale !== shownStale[i2])) {  // far dots: restyled when the view reaches them
          markers[i2].setStyle(pointStyle(D, stateRow(k), current));  // CircleMarker.setStyle sets the radius too
          shown[i2] = k; shownStale[i2] = stale;
        }
        if (k >= 0 && hasCell[i2]) {  // areas: grouped by how they are drawn
          var row = P[k], key = row[3] + "," + row[4] + "," + row[5] + "," + row[7] + "," + stale;
          (groups[key] || (groups[key] = {style: cellStyle(D, stateRow(k), current), places: []})).places.push(i2);
        }
        if (k >= 0 && D.places[i2][9]) {  // settlements only, for the choropleths
          var side = P[k][3], pop = D.places[i2][7] || 0, units = [D.places[i2][6], D.places[i2][8]];
          for (var ui2 = 0; ui2 < 2; ui2++) {
            var u = units[ui2];
            if (!u) continue;
            var t = tallies[u] || (tallies[u] = {n: 0, by: {}, pop: 0, popBy: {}});
            t.n++; t.by[side] = (t.by[side] || 0) + 1; t.pop += pop; t.popBy[side] = (t.popBy[side] || 0) + pop;
          }
        }
      }
      areas.setGroups(Object.keys(groups).map(function (key) { return groups[key]; }));
      shadeChoropleths(tallies);
      incidentMarkers.forEach(function (m) {
        if (!m) return;
        var on = m.hmFrom <= current && current <= m.hmTo;
        if (on && !layers.incidents.hasLayer(m)) layers.incidents.addLayer(m);
        if (!on && layers.incidents.hasLayer(m)) layers.incidents.removeLayer(m);
      });
      ui.update(current);
      chart.update();
      if (history.replaceState && D.fixedDay === null) history.replaceState(null, "", "#" + isoOf(D.start, current));
    }

    // --- controls: slider, legend, chart, layers ---
    var ui = sliderControl(map, D, function (d) { applyDay(d); });
    var chart = chartControl(map, D, function () { return current; });
    legendControl(map, D);
    L.control.layers(null, {
      "Settlements and places": layers.places, "Control areas": layers.areas,
      "Subdistricts: share of settlements": choropleths[0].layer,
      "Subdistricts: share of population": choropleths[1].layer,
      "Districts: share of settlements": choropleths[2].layer,
      "Districts: share of population": choropleths[3].layer, "Incidents": layers.incidents,
      "Basemap (outline, governorates, cities)": layers.basemap
    }, {collapsed: false, position: "topright"}).addTo(map);
    if (D.tiles) {
      var tiles = L.tileLayer(D.tiles.url, {attribution: D.tiles.attribution, maxZoom: 18});
      tiles.on("tileerror", function () { /* offline: the vector basemap stays */ });
      tiles.addTo(map);
    }
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(D.credits);

    var bounds = L.latLngBounds(D.bounds[0], D.bounds[1]);
    map.fitBounds(bounds);
    if (autoPlaces) showPlaces(map.getZoom() >= PLACES_ZOOM);

    var start = D.fixedDay !== null ? D.fixedDay : 0;
    var hash = (location.hash || "").slice(1);
    if (D.fixedDay === null && /^\d{4}-\d{2}-\d{2}$/.test(hash)) start = offsetOf(D.start, hash);
    applyDay(start);

    window.homsmap = {
      setDay: function (x) { applyDay(typeof x === "number" ? x : offsetOf(D.start, x)); return isoOf(D.start, current); },
      day: function () { return current; },
      dayISO: function () { return isoOf(D.start, current); },
      stateOf: function (placeId) {
        var k = D.placeIndex[placeId];
        if (k === undefined) return {status: "unknown"};
        var st = stateRow(periodAt(k, current));
        if (!st) return {status: "unknown"};
        return {side: D.sides[st.side].id, status: D.statuses[st.status], certainty: D.certainties[st.certainty],
                since: isoOf(D.start, st.start), event: D.events[st.event][0],
                challenger: st.challenger >= 0 ? D.sides[st.challenger].id : null,
                stale: isStale(D, st, current), style: pointStyle(D, st, current)};
      },
      openPopup: function (placeId) {  // opens a place's popup and returns its text
        var k = D.placeIndex[placeId];
        if (k === undefined) return null;
        showPlaces(true);
        markers[k].setStyle(pointStyle(D, stateRow(periodAt(k, current)), current));
        shown[k] = -2;  // restyled again by the next day switch
        markers[k].openPopup();
        var node = document.querySelector(".leaflet-popup-content");
        return node ? node.innerText : null;
      },
      nextChange: function () { return ui.jump(1); },
      prevChange: function () { return ui.jump(-1); },
      changes: D.changes.slice(),
      map: map,
      ready: true
    };
  }

  function sliderControl(map, D, setDay) {
    var ctl = L.control({position: "bottomleft"}), box = el("div", "hm-slider leaflet-bar");
    var label = el("div", "hm-date", ""), row = el("div", "hm-buttons"), timer = null;
    var range = el("input", "hm-range");
    range.type = "range"; range.min = 0; range.max = D.ndays - 1; range.step = 1; range.value = 0;
    var now = function () { return +range.value; };
    function button(text, tip, cls, fn) {
      var b = el("button", "hm-btn " + cls, text); b.type = "button"; b.title = tip;
      L.DomEvent.on(b, "click", function (ev) { L.DomEvent.stop(ev); fn(); });
      row.appendChild(b); return b;
    }
    function jump(dir) {
      var d = now(), list = D.changes, target = null, j;
      if (dir > 0) { for (j = 0; j < list.length; j++) if (list[j] > d) { target = list[j]; break; } }
      else { for (j = list.length - 1; j >= 0; j--) if (list[j] < d) { target = list[j]; break; } }
      if (target !== null) setDay(target);
      return isoOf(D.start, now());
    }
    function stop() { if (timer) { clearInterval(timer); timer = null; } play.textContent = "\u25B6"; }
    button("|\u25C0", "previous change", "hm-prev-change", function () { jump(-1); });
    button("\u2039 day", "previous day", "hm-prev-day", function () { setDay(now() - 1); });
    var play = button("\u25B6", "play / pause (a day at a time; change to change on long timelines)", "hm-play",
      function () {
        if (timer) { stop(); return; }
        if (now() >= D.ndays - 1) setDay(0);
        play.textContent = "\u275A\u275A";
        timer = setInterval(function () {
          if (now() >= D.ndays - 1) { stop(); return; }
          if (D.ndays > 400) jump(1); else setDay(now() + 1);
        }, 700);
      });
    button("day \u203A", "next day", "hm-next-day", function () { setDay(now() + 1); });
    button("\u25B6|", "next change", "hm-next-change", function () { jump(1); });
    range.addEventListener("input", function () { setDay(now()); });
    ctl.onAdd = function () {
      box.appendChild(el("div", "hm-title", D.title));
      if (D.subtitle) box.appendChild(el("div", "hm-subtitle", D.subtitle));
      box.appendChild(label);
      if (D.fixedDay === null) { box.appendChild(row); box.appendChild(range); }
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
    return {
      update: function (d) {
        range.value = d;
        label.textContent = isoOf(D.start, d) + (D.changes.indexOf(d) >= 0 ? " \u00b7 control changes this day" : "");
      },
      jump: jump
    };
  }

  function legendControl(map, D) {
    var ctl = L.control({position: "bottomright"});
    ctl.onAdd = function () {
      var box = el("div", "hm-legend leaflet-bar");
      box.appendChild(el("div", "hm-h", "Sides"));
      D.sides.forEach(function (s) {
        if (!s.used) return;
        var row = el("div", "hm-row"), sw = el("span", "hm-swatch");
        sw.style.background = s.colour; row.appendChild(sw); row.appendChild(el("span", null, " " + s.name));
        box.appendChild(row);
      });
      box.appendChild(el("div", "hm-h", "State"));
      [["held", "solid dot, filled area"], ["contested", "dashed ring in the challenger's colour"],
       ["besieged", "thick ring in the besieger's colour"], ["agreement pending", "long-dashed ring"],
       ["ceasefire", "dotted black ring"], ["claimed", "pale dot, dotted outline"],
       ["unknown", "small hollow grey dot, no area"],
       ["last reported over a year before", "faded, grey dotted outline"], ["incident", "\u2739 on the day it happened"]].forEach(function (kv) {
        var row = el("div", "hm-row"); row.appendChild(el("b", null, kv[0] + ": ")); row.appendChild(el("span", null, kv[1]));
        box.appendChild(row);
      });
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
  }

  // A small SVG chart: settlements (or population) held by each side per day, with today's marker.
  function chartControl(map, D, today) {
    var ctl = L.control({position: "topleft"}), NS = "http://www.w3.org/2000/svg";
    var W = 300, H = 120, pad = 22, svg = document.createElementNS(NS, "svg"), marker, metric = "settlements";
    var box = el("div", "hm-chart leaflet-bar"), head = el("div", "hm-h", ""), toggle = el("button", "hm-btn", "");
    toggle.type = "button";
    svg.setAttribute("width", W); svg.setAttribute("height", H); svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    function draw() {
      while (svg.firstChild) svg.removeChild(svg.firstChild);
      var series = D.counts[metric], max = 1, n = D.ndays;
      Object.keys(series).forEach(function (s) { series[s].forEach(function (v) { if (v > max) max = v; }); });
      var x = function (d) { return pad + (W - pad - 4) * d / n; };
      var y = function (v) { return H - pad + 4 - (H - pad - 4) * v / max; };
      var axis = document.createElementNS(NS, "path");
      axis.setAttribute("d", "M" + pad + " 4 V" + (H - pad + 4) + " H" + (W - 4));
      axis.setAttribute("stroke", "#999"); axis.setAttribute("fill", "none"); svg.appendChild(axis);
      var t1 = document.createElementNS(NS, "text"); t1.setAttribute("x", 2); t1.setAttribute("y", 12);
      t1.setAttribute("class", "hm-axis"); t1.textContent = String(max); svg.appendChild(t1);
      Object.keys(series).forEach(function (s) {
        var pts = series[s], d = "", j;
        for (j = 0; j < pts.length; j++) {  // a step line: a value holds until the next day's
          d += (j ? "H" + x(j).toFixed(1) + "V" : "M" + x(0).toFixed(1) + " ") + y(pts[j]).toFixed(1);
        }
        if (pts.length) d += "H" + x(pts.length).toFixed(1);
        var path = document.createElementNS(NS, "path");
        path.setAttribute("d", d); path.setAttribute("stroke", D.sides[s].colour); path.setAttribute("fill", "none");
        path.setAttribute("stroke-width", "2"); svg.appendChild(path);
      });
      marker = document.createElementNS(NS, "line");
      marker.setAttribute("y1", 4); marker.setAttribute("y2", H - pad + 4); marker.setAttribute("stroke", "#000");
      marker.setAttribute("stroke-dasharray", "2 2"); svg.appendChild(marker);
      head.textContent = (metric === "settlements" ? "Settlements" : "Population") + " held, by side";
      toggle.textContent = metric === "settlements" ? "show population" : "show settlements";
      update();
    }
    function update() {
      if (!marker) return;
      var n = D.ndays, xx = pad + (W - pad - 4) * (today() + 0.5) / n;
      marker.setAttribute("x1", xx); marker.setAttribute("x2", xx);
    }
    L.DomEvent.on(toggle, "click", function (ev) {
      L.DomEvent.stop(ev); metric = metric === "settlements" ? "population" : "settlements"; draw();
    });
    ctl.onAdd = function () {
      box.appendChild(head); box.appendChild(svg); box.appendChild(toggle);
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
    draw();
    return {update: update};
  }

  // The page keeps events and periods as columns (render.py _pack_events / _pack_periods, a quarter of
  // the size); the viewer reads them as rows.
  function unpack(D) {
    var E = D.events, S = E.sparse, T = E.tables, n = E.id.length, rows = new Array(n), k;
    function side(i) { return i >= 0 ? D.sides[i].id : null; }
    for (k = 0; k < n; k++) {
      var p = E.place[k], at = S.at[k] || (p >= 0 ? [D.places[p][4], D.places[p][5]] : [null, null]);
      rows[k] = [E.id[k], isoOf(D.start, E.day[k]), k in S.dateEnd ? isoOf(D.start, S.dateEnd[k]) : null,
                 S.precision[k] || "day", S.time[k] || null, k in S.written ? S.written[k] : D.places[p][1], p,
                 at[0], at[1], T.action[E.action[k]], side(E.gains[k]), side(E.loses[k]),
                 E.status[k] >= 0 ? D.statuses[E.status[k]] : null, D.certainties[E.certainty[k]],
                 T.citation[E.citation[k]] + ", line " + E.line[k], S.note[k] || "", T.kind[E.kind[k]],
                 T.file[E.file[k]] + ":" + E.fileLine[k]];
    }
    D.events = rows;
    var C = D.periods, P = new Array(C.start.length), i = 0;
    C.count.forEach(function (c, place) {
      for (var j = 0; j < c; j++, i++) {
        P[i] = [place, C.start[i], C.end[i], C.side[i], C.status[i], C.certainty[i], C.event[i], C.challenger[i]];
      }
    });
    D.periods = P;
  }

  window.homsmapInit = function (map, dataElementId) {
    try {
      var D = JSON.parse(document.getElementById(dataElementId).textContent);
      unpack(D);
      D.sideIndex = {}; D.sides.forEach(function (s, k) { D.sideIndex[s.id] = k; });
      D.placeIndex = {}; D.places.forEach(function (p, k) { D.placeIndex[p[0]] = k; });
      init(map, D);
    } catch (err) {
      var box = el("div", "hm-error", "homsmap could not draw this map: " + err);
      document.body.appendChild(box);
      throw err;
    }
  };
})();
