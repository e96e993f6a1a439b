// Dyad timeline: stacked bars of events per period by quad class, and the mean
// Goldstein score per period as a line on its own axis (-10 .. +10).
import { svg, clear, QUADS, gsColor, niceMax, tip, esc, fmtNum } from "./util.js";

const DAY = 86400000;
const STEP = { day: 1, week: 7 };

function addPeriod(iso, by) {
  const d = new Date(iso + "T00:00:00Z");
  if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); return d; }
  if (by === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); return d; }
  return new Date(d.getTime() + STEP[by] * DAY);
}

// Drag across the plot to pick a date range (the brush); a click on a column picks its period.
function enableBrush(node) {
  if (node.dataset.brush) return;
  node.dataset.brush = "1";
  const at = (evt) => {
    const pt = node.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(node.getScreenCTM().inverse()).x;
  };
  let start = null, rect = null;
  node.addEventListener("mousedown", (evt) => {
    const sc = node._scale;
    if (!sc || evt.button !== 0) return;
    evt.preventDefault();
    start = Math.max(sc.x0, Math.min(sc.x1, at(evt)));
    rect = svg("rect", { class: "brush", x: start, width: 0, y: sc.top, height: sc.height });
    node.append(rect);
  });
  node.addEventListener("mousemove", (evt) => {
    if (start == null) return;
    const sc = node._scale, x = Math.max(sc.x0, Math.min(sc.x1, at(evt)));
    rect.setAttribute("x", Math.min(start, x));
    rect.setAttribute("width", Math.abs(x - start));
  });
  window.addEventListener("mouseup", (evt) => {
    if (start == null) return;
    const sc = node._scale, x = Math.max(sc.x0, Math.min(sc.x1, at(evt)));
    const a = Math.min(start, x), b = Math.max(start, x);
    start = null;
    if (b - a < 6) { rect.remove(); return; } // a click, not a drag: the column takes it
    node._brushed = true; // the click that ends a drag is not a column pick
    setTimeout(() => { node._brushed = false; }, 0);
    const day = (t) => new Date(Math.floor(t / DAY) * DAY).toISOString().slice(0, 10);
    if (node._onBrush) node._onBrush(day(sc.time(a)), day(sc.time(b) - 1));
  });
}

export function renderTimeline(node, series, onPick, onBrush) {
  clear(node);
  enableBrush(node);
  node._onBrush = onBrush;
  node._scale = null;
  const W = Math.max(400, node.clientWidth || 1000), H = 230;
  node.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const m = { l: 44, r: 44, t: 22, b: 26 };
  const items = series.items;
  if (!items.length) {
    node.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty-note", text: "No dated events match the filters." }));
    return;
  }
  const t0 = new Date(items[0].period + "T00:00:00Z").getTime();
  const t1 = addPeriod(items[items.length - 1].period, series.by).getTime();
  const span = Math.max(t1 - t0, DAY);
  const pw = W - m.l - m.r, ph = H - m.t - m.b;
  const x = (t) => m.l + ((t - t0) / span) * pw;
  const ymax = niceMax(Math.max(...items.map((d) => d.count)));
  const y = (v) => m.t + ph - (v / ymax) * ph;
  const g = (v) => m.t + ph / 2 - (v / 10) * (ph / 2);
  node._scale = { x0: m.l, x1: W - m.r, top: m.t, height: ph, time: (px) => t0 + ((px - m.l) / pw) * span };

  const axes = svg("g", { class: "axis" });
  const nTicks = ymax <= 5 ? ymax : ymax % 5 === 0 ? 5 : 4;  // round steps: 1, 2, 5, 10 ...
  for (let i = 0; i <= nTicks; i++) {
    const v = (ymax * i) / nTicks;
    axes.append(svg("line", { class: "gridline", x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }));
    axes.append(svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", text: Number.isInteger(v) ? v : v.toFixed(1) }));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    axes.append(svg("text", { x: W - m.r + 6, y: g(v) + 4, text: v > 0 ? `+${v}` : v }));
  }
  axes.append(svg("line", { class: "zero", x1: m.l, x2: W - m.r, y1: g(0), y2: g(0) }));
  axes.append(svg("text", { x: 4, y: 11, text: "events" }));
  axes.append(svg("text", { x: W - 4, y: 11, "text-anchor": "end", text: "Goldstein" }));
  // Date ticks: evenly spaced over the time axis, labelled at the precision the span needs.
  const nt = Math.max(2, Math.min(8, Math.floor(pw / 110)));
  const fmt = (t) => new Date(t).toISOString().slice(0, span > 400 * DAY ? 7 : 10);
  const seen = new Set();
  for (let i = 0; i <= nt; i++) {
    const t = t0 + (span * i) / nt;
    const label = fmt(t);
    if (seen.has(label)) continue;
    seen.add(label);
    const tx = x(t);
    axes.append(svg("line", { x1: tx, x2: tx, y1: H - m.b, y2: H - m.b + 4 }));
    axes.append(svg("text", { x: tx, y: H - 8, "text-anchor": i === 0 ? "start" : i === nt ? "end" : "middle", text: label }));
  }
  axes.append(svg("line", { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b }));
  node.append(axes);

  const bars = svg("g", { class: "bars" });
  const minW = 3;
  for (const d of items) {
    const a = new Date(d.period + "T00:00:00Z").getTime();
    const b = addPeriod(d.period, series.by).getTime();
    let bx = x(a), bw = Math.max(minW, x(b) - x(a) - 1.5);
    if (bw > 60) { bx += (bw - 60) / 2; bw = 60; }
    let acc = 0;
    const col = svg("g", { class: "period", "data-period": d.period });
    // A transparent full-height band: the column is easy to hover and click even when short.
    col.append(svg("rect", { class: "hit", x: bx, width: bw, y: m.t, height: ph, fill: "transparent" }));
    for (const q of [1, 2, 3, 4]) {
      const n = d[`q${q}`];
      if (!n) continue;
      const rect = svg("rect", {
        class: "bar", "data-quad": q, x: bx, width: bw, y: y(acc + n), height: Math.max(0.5, y(acc) - y(acc + n)), fill: QUADS[q].color,
      });
      acc += n;
      col.append(rect);
    }
    col.addEventListener("mousemove", (e) => tip(e, `<b>${esc(d.period)}</b> (${series.by})<br>${d.count} events · mean Goldstein ${fmtNum(d.goldstein_mean)} (sum ${fmtNum(d.goldstein_sum)})<br>` +
      [1, 2, 3, 4].filter((q) => d[`q${q}`]).map((q) => `${QUADS[q].label}: ${d[`q${q}`]}`).join("<br>")));
    col.addEventListener("mouseleave", (e) => tip(e, null));
    col.addEventListener("click", () => !node._brushed && onPick && onPick(d.period, addPeriod(d.period, series.by)));
    bars.append(col);
  }
  node.append(bars);

  const pts = items.map((d) => {
    const a = new Date(d.period + "T00:00:00Z").getTime();
    const b = addPeriod(d.period, series.by).getTime();
    return [(x(a) + x(b)) / 2, g(d.goldstein_mean ?? 0), d];
  });
  // The line joins adjacent periods only: a gap in the data is a gap in the line.
  let d = "";
  pts.forEach((p, i) => {
    const joined = i > 0 && addPeriod(pts[i - 1][2].period, series.by).toISOString().slice(0, 10) === p[2].period;
    d += `${joined ? "L" : "M"}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
  });
  node.append(svg("path", { class: "gs-line", d }));
  const dots = svg("g", { class: "gs-dots" });
  for (const [px, py, d] of pts) {
    const c = svg("circle", { class: "gs-dot", cx: px, cy: py, r: 3.5, fill: gsColor(d.goldstein_mean), "data-period": d.period });
    dots.append(c);
  }
  node.append(dots);
}
