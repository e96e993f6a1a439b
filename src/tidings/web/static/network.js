// Actor network: who acts on whom. Directed edges, width by number of events, colour by
// mean Goldstein; a small deterministic force layout (same data, same picture).
import { svg, clear, gsColor, tip, esc, fmtNum, placeLabels, textMeasurer } from "./util.js";

const W = 720, H = 360;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: W / 2 + 120 * Math.cos((2 * Math.PI * i) / n), y: H / 2 + 120 * Math.sin((2 * Math.PI * i) / n), dx: 0, dy: 0 }));
  if (n <= 1) { if (n) { pos[0].x = W / 2; pos[0].y = H / 2; } return pos; }
  const idx = new Map(nodes.map((d, i) => [d.code, i]));
  const k = Math.sqrt((W * H) / n) * 0.55;
  let temp = 60;
  for (let it = 0; it < 300; it++) {
    for (const p of pos) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = pos[i], b = pos[j];
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (k * k) / d;
      dx /= d; dy /= d;
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const e of edges) {
      const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k;
      dx /= d; dy /= d;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const p of pos) {
      // gravity keeps unconnected parts on screen
      p.dx += (W / 2 - p.x) * 0.9; p.dy += (H / 2 - p.y) * 1.6;
      const d = Math.max(1, Math.hypot(p.dx, p.dy));
      p.x += (p.dx / d) * Math.min(d, temp);
      p.y += (p.dy / d) * Math.min(d, temp);
      p.x = Math.max(40, Math.min(W - 40, p.x));
      p.y = Math.max(24, Math.min(H - 24, p.y));
    }
    temp = Math.max(1, temp * 0.985);
  }
  return pos;
}

export function renderNetwork(node, net, selected, onPick) {
  clear(node);
  node.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!net.nodes.length) {
    node.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty-note", text: "No dyadic events match the filters." }));
    return;
  }
  const pos = layout(net.nodes, net.edges);
  const idx = new Map(net.nodes.map((d, i) => [d.code, i]));
  const maxE = Math.max(...net.edges.map((e) => e.count), 1);
  const maxN = Math.max(...net.nodes.map((d) => d.events), 1);
  const rad = (d) => 7 + 11 * Math.sqrt(d.events / maxN);
  const pairs = new Set(net.edges.map((e) => `${e.source}>${e.target}`));
  const eg = svg("g", { class: "edges" });
  for (const e of net.edges) {
    const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    const w = 1.2 + 5 * Math.sqrt(e.count / maxE);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    // Curve both directions of a pair apart; straight when one-way.
    const bend = pairs.has(`${e.target}>${e.source}`) ? 0.18 : 0.06;
    const mx = (a.x + b.x) / 2 - dy * bend, my = (a.y + b.y) / 2 + dx * bend;
    // End the edge at the target circle's rim, with an arrowhead.
    const rb = rad(net.nodes[idx.get(e.target)]) + 2;
    const tx = b.x - mx, ty = b.y - my, tl = Math.max(1, Math.hypot(tx, ty));
    const ex = b.x - (tx / tl) * rb, ey = b.y - (ty / tl) * rb;
    const col = gsColor(e.goldstein_mean);
    const path = svg("path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: col, "stroke-width": w.toFixed(2), "data-source": e.source, "data-target": e.target, "data-count": e.count });
    const ah = 5 + w, ux = tx / tl, uy = ty / tl;
    const head = svg("polygon", { fill: col, points: `${ex},${ey} ${ex - ux * ah - uy * ah * 0.55},${ey - uy * ah + ux * ah * 0.55} ${ex - ux * ah + uy * ah * 0.55},${ey - uy * ah - ux * ah * 0.55}` });
    const html = `<b>${esc(e.source)} → ${esc(e.target)}</b><br>${e.count} event${e.count > 1 ? "s" : ""} · mean Goldstein ${fmtNum(e.goldstein_mean)}`;
    for (const m of [path, head]) {
      m.addEventListener("mousemove", (ev) => tip(ev, html));
      m.addEventListener("mouseleave", (ev) => tip(ev, null));
    }
    eg.append(path, head);
  }
  node.append(eg);
  const ng = svg("g", { class: "nodes" });
  net.nodes.forEach((d, i) => {
    const p = pos[i];
    const g = svg("g", { class: "node" + (selected && d.code.startsWith(selected) ? " sel" : ""), transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, "data-code": d.code });
    g.append(svg("circle", { r: rad(d) }));
    g.addEventListener("mousemove", (ev) => tip(ev, `<b>${esc(d.code)}</b> ${esc(d.name || "")}<br>${d.events} event ends in view`));
    g.addEventListener("mouseleave", (ev) => tip(ev, null));
    g.addEventListener("click", () => onPick && onPick(d.code));
    ng.append(g);
  });
  node.append(ng);
  // Labels: the busiest actors first, each below, above or beside its circle where it covers
  // neither another label nor another circle; an actor left unlabelled shows its code on hover.
  const circles = net.nodes.map((d, i) => ({ x0: pos[i].x - rad(d), y0: pos[i].y - rad(d), x1: pos[i].x + rad(d), y1: pos[i].y + rad(d) }));
  const order = net.nodes.map((d, i) => i).sort((a, b) => net.nodes[b].events - net.nodes[a].events || net.nodes[a].code.localeCompare(net.nodes[b].code));
  const placed = [];
  const lg = svg("g", { class: "node-labels" });
  node.append(lg);
  const measure = textMeasurer(lg, "node-label"); // codes such as "IGOEUREEC" are wider than an estimate
  for (const i of order) {
    const d = net.nodes[i];
    const it = { x: pos[i].x, y: pos[i].y, r: rad(d), text: d.code, size: 11, code: d.code, measure };
    const got = placeLabels([{ ...it, spots: [3, 2, 0, 1] }], [...placed.map((l) => l.box), ...circles.filter((_, j) => j !== i)], 0.62);
    for (const l of got) {
      placed.push(l);
      lg.append(svg("text", { class: "node-label", x: l.x.toFixed(1), y: l.y.toFixed(1), "text-anchor": l.anchor, "data-code": d.code,
        "data-box": [l.box.x0, l.box.y0, l.box.x1, l.box.y1].map((v) => v.toFixed(1)).join(" "), text: d.code }));
    }
  }
  measure.done();
}
