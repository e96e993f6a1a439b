// The article view: the text with the chosen event's sentence, source, target and
// trigger, and every actor mention, date, place and quote marked in place (like displaCy).
import { el, clear, QUADS, fmtNum } from "./util.js";

const PRIORITY = { trg: 0, src: 1, tgt: 2, plc: 3, tim: 4, act: 5 };

// Non-overlapping marks: higher-priority kinds win where spans overlap.
function pickMarks(marks, n) {
  const taken = new Uint8Array(n);
  const out = [];
  marks.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  for (const m of marks) {
    if (m.start == null || m.end == null || m.end <= m.start || m.start < 0 || m.end > n) continue;
    let free = true;
    for (let i = m.start; i < m.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function buildMarks(doc, event, quoteId) {
  const marks = [];
  const actorCode = new Map(doc.actors.map((a) => [a.id, a.code || a.kind || "actor"]));
  for (const a of doc.actors) for (const m of a.mentions) marks.push({ kind: "act", start: m.start, end: m.end, label: a.code || "actor", title: a.name });
  // The event's own date and place keep their colour when other marks step back.
  const sent = event ? doc.sentences[event.sentence] : null;
  const inSent = (x) => sent && x.start >= sent.start && x.end <= sent.end;
  const evPlace = event && event.location ? event.location.place : null;
  const evDate = event && event.date ? event.date.text : null;
  for (const t of doc.times) marks.push({ kind: "tim", start: t.start, end: t.end, label: t.value || "date", title: t.granularity || "",
    key: evDate && t.text === evDate && inSent(t) });
  for (const p of doc.places) marks.push({ kind: "plc", start: p.start, end: p.end, label: p.country ? `${p.name}, ${p.country}` : p.name,
    title: p.geonameid ? `GeoNames ${p.geonameid}` : "", key: evPlace === p.id && inSent(p) });
  if (event) {
    const s = event.source, t = event.target;
    if (s && s.start != null) marks.push({ kind: "src", start: s.start, end: s.end, label: s.code || actorCode.get(s.actor) || "source", title: "source" });
    if (t && t.start != null) marks.push({ kind: "tgt", start: t.start, end: t.end, label: t.code || actorCode.get(t.actor) || "target", title: "target" });
    marks.push({ kind: "trg", start: event.action.start, end: event.action.end, label: `${event.cameo} ${event.plover.event}`, title: event.cameo_label });
  }
  const ranges = doc.quotes.map((q) => ({ start: q.start, end: q.end, cls: q.id === quoteId ? "qt quote-sel" : "qt" }));
  if (event && doc.sentences[event.sentence]) {
    const s = doc.sentences[event.sentence];
    ranges.push({ start: s.start, end: s.end, cls: "sent" });
  }
  return { marks: pickMarks(marks, doc.text.length), ranges };
}

// Text pieces between every range boundary, each wrapped in the classes of the ranges that cover it.
function pieces(text, a, b, ranges, out) {
  const cuts = new Set([a, b]);
  for (const r of ranges) { if (r.start > a && r.start < b) cuts.add(r.start); if (r.end > a && r.end < b) cuts.add(r.end); }
  const pts = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i < pts.length - 1; i++) {
    const s = pts[i], e = pts[i + 1];
    const cls = ranges.filter((r) => r.start <= s && r.end >= e).map((r) => r.cls).join(" ");
    const chunk = text.slice(s, e);
    out.append(cls ? el("span", { class: cls }, chunk) : document.createTextNode(chunk));
  }
}

export function renderArticleText(node, doc, event, quoteId) {
  clear(node);
  node.classList.toggle("focus", Boolean(event));
  const { marks, ranges } = buildMarks(doc, event, quoteId);
  let pos = 0;
  for (const m of marks) {
    if (m.start > pos) pieces(doc.text, pos, m.start, ranges, node);
    const mark = el("mark", { class: `ent ${m.kind}${m.key ? " key" : ""}`, title: m.title || null, "data-kind": m.kind });
    pieces(doc.text, m.start, m.end, ranges, mark);
    mark.append(el("span", { class: "lbl", text: m.label }));
    node.append(mark);
    pos = m.end;
  }
  if (pos < doc.text.length) pieces(doc.text, pos, doc.text.length, ranges, node);
}

export function renderEventCard(node, event) {
  clear(node);
  if (!event) return;
  const party = (p) => (p ? `${p.text}${p.code ? ` (${p.code})` : ""}` : "–");
  const d = event.date || {};
  const row = (k, v) => [el("dt", { text: k }), el("dd", {}, v)];
  const q = QUADS[event.quad_class];
  node.append(
    el("div", {}, el("b", { text: party(event.source) }), " → ", el("b", { text: event.action.text }), " → ", el("b", { text: party(event.target) })),
    el("dl", {},
      ...row("CAMEO", `${event.cameo} ${event.cameo_label || ""}`),
      ...row("PLOVER", `${event.plover.event}${event.plover.mode ? " / " + event.plover.mode : ""}`),
      ...row("Goldstein", fmtNum(event.goldstein)),
      ...row("Quad class", el("span", {}, el("span", { class: `quad q${event.quad_class}` }), q ? q.label : String(event.quad_class))),
      ...row("Date", d.value ? `${d.value} (${d.granularity || "?"}${d.text ? `, “${d.text}”` : ""})` : "–"),
      ...row("Modality", `${event.modality}${event.negated ? ", negated" : ""} · confidence ${event.confidence}`),
    ),
  );
}
