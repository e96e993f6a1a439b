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
