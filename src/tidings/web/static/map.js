// Map of event locations over Natural Earth coastlines and borders (world-atlas TopoJSON,
// drawn with d3-geo and topojson-client, all vendored in static/vendor/). Equirectangular:
// 2 SVG units per degree, so that zooming is a change of the view box.
import { svg, clear, gsColor, tip, esc, fmtNum, placeLabels } from "./util.js";

const W = 720, H = 360;
const px = (lon) => (lon + 180) * 2;
const py = (lat) => (90 - lat) * 2;
const LABEL_PX = 11; // label size on screen, whatever the zoom

// The base layer (sea, land, borders, graticule) is drawn once; only the view box and the
// marks change when the view or the data change.
function baseLayer(topo) {
  const proj = d3.geoEquirectangular().scale(360 / Math.PI).translate([W / 2, H / 2]).precision(0.05);
  const path = d3.geoPath(proj);
  const g = svg("g", { class: "base" });
  g.append(svg("path", { class: "sea", d: path({ type: "Sphere" }) }));
  g.append(svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
  if (topo) {
    g.append(svg("path", { class: "land", d: path(topojson.feature(topo, topo.objects.land)) }));
    g.append(svg("path", { class: "border", d: path(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)) }));
  }
  return g;
}

// The view box that shows all places with some margin, at the 2:1 aspect of the map.
function fitBox(places) {
  if (!places.length) return [0, 0, W, H];
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of places) {
    x0 = Math.min(x0, px(p.lon)); x1 = Math.max(x1, px(p.lon));
    y0 = Math.min(y0, py(p.lat)); y1 = Math.max(y1, py(p.lat));
  }
  let w = Math.max((x1 - x0) * 1.4, 200), h = Math.max((y1 - y0) * 1.4, 100);
  if (w / h > 2) h = w / 2; else w = h * 2;
  w = Math.min(w, W); h = Math.min(h, H);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const bx = Math.max(0, Math.min(W - w, cx - w / 2)), by = Math.max(0, Math.min(H - h, cy - h / 2));
  return [bx, by, w, h];
}

// Wheel zooms around the pointer, dragging pans; both redraw the marks at screen size.
function enableZoom(node) {
  if (node.dataset.zoom) return;
  node.dataset.zoom = "1";
  const toMap = (evt) => {
    const pt = node.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(node.getScreenCTM().inverse());
  };
  const clamp = ([x, y, w]) => {
    w = Math.min(W, Math.max(24, w));
    const h = w / 2;
    return [Math.max(0, Math.min(W - w, x)), Math.max(0, Math.min(H - h, y)), w, h];
  };
  node.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const [x, y, w, h] = node._box;
    const p = toMap(evt);
    const f = evt.deltaY > 0 ? 1.25 : 0.8;
    renderMap(node, node._world, node._places, clamp([p.x - (p.x - x) * f, p.y - (p.y - y) * f, w * f, h * f]));
  }, { passive: false });
  let drag = null;
  node.addEventListener("mousedown", (evt) => { drag = { box: node._box }; node.classList.add("dragging"); });
  window.addEventListener("mouseup", () => { drag = null; node.classList.remove("dragging"); });
  node.addEventListener("mousemove", (evt) => {
    if (!drag) return;
    const [x, y, w] = drag.box;
    const sx = w / node.clientWidth;
    drag.box = clamp([x - evt.movementX * sx, y - evt.movementY * sx, w]);
    renderMap(node, node._world, node._places, drag.box);
  });
}

// Screen radius of a place's circle (px): area by number of events.
export function radiusPx(n, maxN) {
  return 4 + 14 * Math.sqrt(n / Math.max(1, maxN));
}

// ``world``: {topo, countries}; ``view``: true (fit the places), false (whole world) or a [x, y, w, h] box.
export function renderMap(node, world, places, view = true) {
  enableZoom(node);
  node._world = world; node._places = places;
  if (!node._base) node._base = baseLayer(world.topo);
  if (node.firstChild !== node._base) { clear(node); node.append(node._base); }
  for (const g of [...node.querySelectorAll(":scope > g.overlay")]) g.remove();
  const box = Array.isArray(view) ? view : view ? fitBox(places.items) : [0, 0, W, H];
  node._box = box;
  node.setAttribute("viewBox", box.map((v) => v.toFixed(2)).join(" "));
  const k = box[2] / W; // SVG units per map unit at full view: marks keep their screen size
  const unit = box[2] / Math.max(1, node.clientWidth || W); // SVG units per screen pixel
  const overlay = svg("g", { class: "overlay" });
  node.append(overlay);
  if (!places.items.length) {
    overlay.append(svg("text", { x: box[0] + box[2] / 2, y: box[1] + box[3] / 2, "text-anchor": "middle", class: "empty-note",
      "font-size": 13 * unit, text: "No located events match the filters." }));
  }
  const maxN = Math.max(1, ...places.items.map((p) => p.events));
  // Largest first so that small circles stay on top and clickable.
  const sorted = [...places.items].sort((a, b) => b.events - a.events || (a.name || "").localeCompare(b.name || ""));
  const g = svg("g", { class: "places" });
  for (const p of sorted) {
    const r = radiusPx(p.events, maxN) * unit;
    const c = svg("circle", { class: "place", cx: px(p.lon), cy: py(p.lat), r, fill: gsColor(p.goldstein_mean), "stroke-width": unit,
      "data-name": p.name, "data-events": p.events });
    c.addEventListener("mousemove", (e) => tip(e, `<b>${esc(p.name)}</b> ${esc(p.country || "")}<br>${p.events} event${p.events > 1 ? "s" : ""} · mean Goldstein ${fmtNum(p.goldstein_mean)}<br><span class="sm">${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}${p.geonameid ? " · GeoNames " + esc(p.geonameid) : ""}</span>`));
    c.addEventListener("mouseleave", (e) => tip(e, null));
    g.append(c);
  }
  overlay.append(g);
  drawLabels(overlay, world, sorted, maxN, box, unit, k);
}

// Place names first (most events first), then country codes where room is left; no two
// labels overlap, and no label covers another place's circle.
function drawLabels(overlay, world, sorted, maxN, box, unit, k) {
  const inView = (x, y) => x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3];
  const size = LABEL_PX * unit;
  const circles = sorted.map((p) => {
    const r = radiusPx(p.events, maxN) * unit * 0.6, x = px(p.lon), y = py(p.lat);
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  });
  const items = sorted.map((p, i) => ({ x: px(p.lon), y: py(p.lat), r: radiusPx(p.events, maxN) * unit, text: p.name, size,
    kind: "place", i })).filter((it) => it.text && inView(it.x, it.y)).slice(0, 60);
  const placed = [];
  for (const it of items) {
    // A label covers neither another label nor another place's circle.
    const others = circles.filter((_, j) => j !== it.i);
    placed.push(...placeLabels([it], [...placed.map((p) => p.box), ...others]));
  }
  const minArea = 2.5e6 * k ** 2;
  const countries = (world.countries || []).filter((c) => c.area >= minArea && inView(px(c.lon), py(c.lat)))
    .sort((a, b) => b.area - a.area)
    .map((c) => ({ x: px(c.lon), y: py(c.lat), r: 0, text: c.iso3, size: size * 0.85, kind: "country" }));
  const cplaced = [];
  for (const it of countries) {
    // Centred on its centroid, or not at all.
    const w = it.text.length * it.size * 0.62, h = it.size;
    const b = { x0: it.x - w / 2, y0: it.y - h / 2, x1: it.x + w / 2, y1: it.y + h / 2 };
    if (b.x0 < box[0] || b.x1 > box[0] + box[2] || b.y0 < box[1] || b.y1 > box[1] + box[3]) continue; // not cut by the edge
    const all = [...placed.map((p) => p.box), ...cplaced.map((p) => p.box), ...circles];
    if (all.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0)) continue;
    cplaced.push({ item: it, x: it.x, y: it.y + h * 0.35, anchor: "middle", box: b });
  }
  const lg = svg("g", { class: "labels" });
  for (const l of [...cplaced, ...placed]) {
    lg.append(svg("text", { class: l.item.kind === "place" ? "place-label" : "country-label", x: l.x, y: l.y,
      "text-anchor": l.anchor, "font-size": l.item.size, "stroke-width": (l.item.kind === "place" ? 3 : 2) * unit, text: l.item.text,
      "data-box": [l.box.x0, l.box.y0, l.box.x1, l.box.y1].map((v) => v.toFixed(2)).join(" ") }));
  }
  overlay.append(lg);
}

// The size legend: circles for a few event counts, at the size the map draws them.
export function renderSizeLegend(node, places) {
  clear(node);
  const maxN = Math.max(0, ...places.items.map((p) => p.events));
  if (!maxN) return;
  const values = [...new Set([1, Math.round(maxN / 4), maxN])].filter((v) => v >= 1).sort((a, b) => a - b);
  const rs = values.map((v) => radiusPx(v, maxN));
  const w = rs.reduce((s, r) => s + 2 * r + 26, 0), h = 2 * rs[rs.length - 1] + 4;
  const s = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, class: "size-legend", role: "img", "aria-label": "Circle area: events at the place" });
  let x = 0;
  values.forEach((v, i) => {
    const r = rs[i];
    s.append(svg("circle", { class: "legend-circle", cx: x + r + 1, cy: h - r - 2, r, "data-events": v }));
    s.append(svg("text", { x: x + 2 * r + 4, y: h - 4, text: String(v) }));
    x += 2 * r + 26;
  });
  node.append(s);
}
