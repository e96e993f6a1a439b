// Map of event locations over an offline dot-matrix world (world.json, built from
// GeoNames populated places). Equirectangular: 2 SVG units per degree.
import { svg, clear, gsColor, tip, esc, fmtNum } from "./util.js";

const W = 720, H = 360;
const px = (lon) => (lon + 180) * 2;
const py = (lat) => (90 - lat) * 2;

function landPath(world) {
  const step = world.step, r = step * 0.72;
  let d = "";
  world.rows.forEach((row, i) => {
    const lat = world.lat_max - (i + 0.5) * step;
    for (let j = 0; j < row.length; j++) {
      if (row[j] !== "1") continue;
      const cx = px(-180 + (j + 0.5) * step), cy = py(lat);
      d += `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
    }
  });
  return d;
}

let landCache = null;

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
  let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const bx = Math.max(0, Math.min(W - w, cx - w / 2)), by = Math.max(0, Math.min(H - h, cy - h / 2));
  return [bx, by, w, h];
}

// Wheel zooms around the pointer, dragging pans; both redraw with marks at screen size.
function enableZoom(node) {
  if (node.dataset.zoom) return;
  node.dataset.zoom = "1";
  const toMap = (evt) => {
    const pt = node.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(node.getScreenCTM().inverse());
  };
  const clamp = ([x, y, w, h]) => {
    w = Math.min(W, Math.max(36, w)); h = w / 2;
    return [Math.max(0, Math.min(W - w, x)), Math.max(0, Math.min(H - h, y)), w, h];
  };
  node.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const [x, y, w, h] = node._box;
    const p = toMap(evt);
    const f = evt.deltaY > 0 ? 1.25 : 0.8;
    const box = clamp([p.x - (p.x - x) * f, p.y - (p.y - y) * f, w * f, h * f]);
    renderMap(node, node._world, node._places, box);
  }, { passive: false });
  let drag = null;
  node.addEventListener("mousedown", (evt) => { drag = { p: toMap(evt), box: node._box }; node.classList.add("dragging"); });
  window.addEventListener("mouseup", () => { drag = null; node.classList.remove("dragging"); });
  node.addEventListener("mousemove", (evt) => {
    if (!drag) return;
    const [x, y, w, h] = drag.box;
    const sx = w / node.clientWidth;
    const box = clamp([x - evt.movementX * sx, y - evt.movementY * sx, w, h]);
    drag.box = box;
    renderMap(node, node._world, node._places, box);
  });
}

// ``view``: true (fit the places), false (whole world) or an explicit [x, y, w, h] box.
export function renderMap(node, world, places, view = true) {
  clear(node);
  enableZoom(node);
  node._world = world; node._places = places;
  const box = Array.isArray(view) ? view : view ? fitBox(places.items) : [0, 0, W, H];
  node._box = box;
  node.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
  const k = box[2] / W; // marks keep their screen size when zoomed in
  const grat = svg("g", { class: "graticule" });
  for (let lon = -150; lon <= 150; lon += 30) grat.append(svg("line", { x1: px(lon), x2: px(lon), y1: 0, y2: H }));
  for (let lat = -60; lat <= 60; lat += 30) grat.append(svg("line", { x1: 0, x2: W, y1: py(lat), y2: py(lat) }));
  node.append(grat);
  landCache = landCache || landPath(world);
  node.append(svg("path", { class: "land", d: landCache }));
  // Country codes at their centroids, for orientation: more of them the closer the view.
  const minArea = 2.5e6 * (box[2] / W) ** 2;
  const names = svg("g", { class: "countries" });
  for (const c of world.countries) {
    const cx = px(c.lon), cy = py(c.lat);
    if (c.area < minArea || cx < box[0] || cx > box[0] + box[2] || cy < box[1] || cy > box[1] + box[3]) continue;
    names.append(svg("text", { class: "country-label", x: cx, y: cy, "text-anchor": "middle", "font-size": 9 * k, text: c.iso3 }));
  }
  node.append(names);
  if (!places.items.length) {
    node.append(svg("text", { x: box[0] + box[2] / 2, y: box[1] + box[3] / 2, "text-anchor": "middle", class: "empty-note",
      "font-size": 13 * k, text: "No located events match the filters." }));
    return;
  }
  const maxN = Math.max(...places.items.map((p) => p.events));
  const g = svg("g", { class: "places" });
  // Largest first so that small circles stay on top and clickable.
  const sorted = [...places.items].sort((a, b) => b.events - a.events);
  for (const p of sorted) {
    const r = (4 + 14 * Math.sqrt(p.events / maxN)) * k;
    const c = svg("circle", { class: "place", cx: px(p.lon), cy: py(p.lat), r, fill: gsColor(p.goldstein_mean), "stroke-width": k,
      "data-name": p.name, "data-events": p.events });
    c.addEventListener("mousemove", (e) => tip(e, `<b>${esc(p.name)}</b> ${esc(p.country || "")}<br>${p.events} event${p.events > 1 ? "s" : ""} · mean Goldstein ${fmtNum(p.goldstein_mean)}<br><span class="sm">${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}${p.geonameid ? " · GeoNames " + esc(p.geonameid) : ""}</span>`));
    c.addEventListener("mouseleave", (e) => tip(e, null));
    g.append(c);
  }
  node.append(g);
  const labels = svg("g");
  for (const p of sorted.slice(0, 12)) {
    const r = (4 + 14 * Math.sqrt(p.events / maxN)) * k;
    labels.append(svg("text", { class: "place-label", x: px(p.lon) + r + 2 * k, y: py(p.lat) + 3.5 * k, "font-size": 10 * k, "stroke-width": 3 * k, text: p.name }));
  }
  node.append(labels);
}
