// Small helpers shared by the views: DOM/SVG builders, scales, colours, API access.

const SVGNS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children) if (c != null) node.append(c);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  for (const c of children) if (c != null) node.append(c);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

export const QUADS = {
  1: { label: "Verbal cooperation", color: "#3a9a6a" },
  2: { label: "Material cooperation", color: "#2f6db5" },
  3: { label: "Verbal conflict", color: "#e0a02a" },
  4: { label: "Material conflict", color: "#c8413b" },
};

// Diverging ramp for Goldstein scores: -10 red .. 0 grey .. +10 green.
const RAMP = [[-10, [178, 24, 43]], [-5, [239, 138, 98]], [0, [190, 194, 202]], [5, [103, 169, 207]], [10, [26, 122, 76]]];
export function gsColor(v) {
  if (v == null || Number.isNaN(v)) return "#9aa3b5";
  const x = Math.max(-10, Math.min(10, v));
  for (let i = 1; i < RAMP.length; i++) {
    const [x1, c1] = RAMP[i];
    const [x0, c0] = RAMP[i - 1];
    if (x <= x1) {
      const t = (x - x0) / (x1 - x0);
      const c = c0.map((a, j) => Math.round(a + t * (c1[j] - a)));
      return `rgb(${c[0]},${c[1]},${c[2]})`;
    }
  }
  return "rgb(26,122,76)";
}

export function fmtNum(v, digits = 1) {
  if (v == null) return "–";
  return (v > 0 ? "+" : "") + Number(v).toFixed(digits);
}

export function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

// ---- API access: the token (if the page was opened with ?token=) goes with every call.
const pageParams = new URLSearchParams(location.search);
export const TOKEN = pageParams.get("token");

export async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === "" || v === false && k !== "directed") continue;
    if (Array.isArray(v)) v.forEach((x) => qs.append(k, x));
    else qs.append(k, String(v));
  }
  const headers = TOKEN ? { Authorization: `Bearer ${TOKEN}` } : {};
  const url = qs.toString() ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map((d) => `${d.param}: ${d.message}`).join("; ") : res.statusText;
    throw new Error(detail);
  }
  return body;
}

// ---- Tooltip shared by the charts.
export function tip(evt, html) {
  const t = document.getElementById("tooltip");
  if (!html) { t.hidden = true; return; }
  t.innerHTML = html;
  t.hidden = false;
  const x = Math.min(evt.clientX + 14, window.innerWidth - t.offsetWidth - 8);
  t.style.left = `${x}px`;
  t.style.top = `${evt.clientY + 14}px`;
}

export function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// A link target from stored data only when it is a web address (never javascript: or data:).
export function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u.trim()) ? u.trim() : null;
}

// "source ↗": the original article in a new tab; clicking it does not also open the row.
export function sourceLink(url, text = "source ↗") {
  const href = safeUrl(url);
  if (!href) return null;
  const a = el("a", { class: "source-link", href, target: "_blank", rel: "noopener noreferrer", title: href, text });
  a.addEventListener("click", (e) => e.stopPropagation());
  a.addEventListener("keydown", (e) => e.stopPropagation());
  return a;
}

// Greedy label placement without collisions. Each item: {x, y, r, text, size}; the most
// important come first. A label goes right, left, above or below its mark (the first free
// spot); one that fits nowhere is left out. ``obstacles`` are boxes no label may cover.
// Returns the placed labels as {item, x, y, anchor, box}.
export function placeLabels(items, obstacles = [], charWidth = 0.58) {
  const boxes = [...obstacles];
  const hit = (b) => boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0);
  const out = [];
  for (const it of items) {
    // ``it.measure``: the drawn extent of the text at a baseline at the origin (textMeasurer),
    // so the box is the one the browser draws; else an estimate from the number of characters.
    const m = it.measure ? it.measure(it.text) : null;
    const w = m ? m.w : it.text.length * it.size * charWidth, h = it.size * 1.05, gap = it.size * 0.25, r = it.r || 0;
    const at = (x, y, anchor, est) => {
      if (!m) return { x, y, anchor, box: est };
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      return { x, y, anchor, box: [x0, y + m.y, w, m.h] };
    };
    const spots = [
      at(it.x + r + gap, it.y + h * 0.35, "start", [it.x + r + gap, it.y - h / 2, w, h]),
      at(it.x - r - gap, it.y + h * 0.35, "end", [it.x - r - gap - w, it.y - h / 2, w, h]),
      at(it.x, it.y - r - gap - h * 0.2, "middle", [it.x - w / 2, it.y - r - gap - h, w, h]),
      at(it.x, it.y + r + gap + h * 0.8, "middle", [it.x - w / 2, it.y + r + gap, w, h]),
    ];
    // ``it.spots``: the order in which to try the four spots (indices into the list above).
    for (const s of it.spots ? it.spots.map((i) => spots[i]) : spots) {
      const [x0, y0, bw, bh] = s.box;
      const b = { x0, y0, x1: x0 + bw, y1: y0 + bh };
      if (hit(b)) continue;
      boxes.push(b);
      out.push({ item: it, x: s.x, y: s.y, anchor: s.anchor, box: b });
      break;
    }
  }
  return out;
}

// Measures label texts as ``root`` draws them with class ``cls``: text -> {y, w, h} of the
// extent around a baseline at the origin, or null where nothing is drawn (a hidden chart),
// and placeLabels falls back to its estimate. Call ``measure.done()`` to remove the probe.
export function textMeasurer(root, cls) {
  const probe = svg("text", { class: cls, x: 0, y: 0 });
  root.append(probe);
  const cache = new Map();
  const measure = (text) => {
    if (!cache.has(text)) {
      probe.textContent = text;
      let b = null;
      try { b = probe.getBBox(); } catch (e) { b = null; }
      cache.set(text, b && b.width > 0 ? { y: b.y, w: b.width, h: b.height } : null);
    }
    return cache.get(text);
  };
  measure.done = () => probe.remove();
  return measure;
}

// Two boxes overlap (for tests and for callers that check their own marks).
export function overlaps(a, b) {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}
