// The page controller: filter state (kept in the URL hash, both ways), loading, and wiring of views.
import { api, el, clear, esc, QUADS, TOKEN, sourceLink } from "./util.js";
import { renderTimeline } from "./timeline.js";
import { renderMap, renderSizeLegend } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderArticleText, renderEventCard } from "./article.js";
import { renderTable, nextOrder, showOrder } from "./table.js";

// Text filters as the form and the API name them; the two check boxes are kept apart.
const FIELDS = ["actor", "dyad", "cameo", "plover", "quad_class", "country", "min_articles", "date_from", "date_to", "q"];
const UPPER = new Set(["actor", "dyad", "country"]);
const PERIODS = ["day", "week", "month", "year"];
const ORDERS = ["day", "-day", "articles", "goldstein", "-goldstein"];
const PAGE = 25;
const state = { filters: {}, offset: 0, by: null, order: "day", speaker: null, fit: true, world: null, total: 0, autoBy: "day" };
const $ = (id) => document.getElementById(id);

// The hash holds the filters, the page, the period and the order: a view can be bookmarked,
// shared, edited by hand, and Back/Forward walk through the views.
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = {};
  for (const k of FIELDS) if (p.get(k)) f[k] = p.get(k);
  if (p.get("directed") === "false") f.directed = false;
  if (p.get("include_unasserted") === "true") f.include_unasserted = true;
  state.filters = f;
  state.offset = Math.max(0, Number(p.get("offset")) || 0);
  state.by = PERIODS.includes(p.get("by")) ? p.get("by") : null;
  state.order = ORDERS.includes(p.get("order")) ? p.get("order") : "day";
}

function hashOf() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null) p.set(k, v);
  if (state.offset) p.set("offset", state.offset);
  if (state.by) p.set("by", state.by);
  if (state.order !== "day") p.set("order", state.order);
  return `#${p}`;
}

let shownHash = null;

// A new view is a new history entry (Back returns to the previous one); a redraw of the
// same view (resize, first load) replaces the entry.
function writeHash(push) {
  const h = hashOf();
  if (h === (location.hash || "#")) { shownHash = h; return; }
  const url = `${location.pathname}${location.search}${h}`;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  shownHash = h;
}

function followHash() {
  if ((location.hash || "#") === shownHash) return;
  readHash();
  state.docOffset = 0;
  refresh({ push: false });
  loadDocuments().catch(showError);
  loadQuotes().catch(showError);
}

function formToState() {
  const form = $("filters");
  const f = {};
  for (const k of FIELDS) {
    const v = form.elements[k].value.trim();
    if (v) f[k] = UPPER.has(k) ? v.toUpperCase() : v;
  }
  if (f.dyad && !form.elements.directed.checked) f.directed = false;
  if (form.elements.include_unasserted.checked) f.include_unasserted = true;
  state.filters = f;
  state.offset = 0;
}

function stateToForm() {
  const form = $("filters");
  for (const k of FIELDS) form.elements[k].value = state.filters[k] || "";
  form.elements.directed.checked = state.filters.directed !== false;
  form.elements.include_unasserted.checked = state.filters.include_unasserted === true;
  for (const b of $("by").querySelectorAll("button")) b.classList.toggle("on", b.dataset.by === (state.by || state.autoBy));
  showOrder($("events"), state.order);
}

// The period for a span of dates: days up to four months, weeks up to two years, else months.
function autoPeriod(first, last) {
  const days = (Date.parse(last) - Date.parse(first)) / 86400000;
  return days <= 120 ? "day" : days <= 730 ? "week" : "month";
}

function showError(err) {
  const box = $("error");
  if (!err) { box.hidden = true; return; }
  box.textContent = String(err.message || err);
  box.hidden = false;
}

async function loadStats() {
  const s = await api("api/stats");
  const range = s.date_min ? `${s.date_min} – ${s.date_max}` : "no dated events";
  if (s.date_min) state.autoBy = autoPeriod(s.date_min, s.date_max);
  $("stats").innerHTML = `<span><b>${s.documents}</b> documents</span><span><b>${s.events}</b> events</span>` +
    `<span><b>${s.quotes}</b> quotes</span><span>${esc(range)}</span><span>${esc(s.backend)}</span>`;
  const actors = await api("api/actors", { limit: 300 });
  const dl = clear($("actor-codes"));
  for (const a of actors.items) dl.append(el("option", { value: a.code, label: `${a.name} (${a.events})` }));
  const places = await api("api/places", { limit: 5000, include_unasserted: true });
  const per = new Map();
  for (const p of places.items) if (p.country) per.set(p.country, (per.get(p.country) || 0) + p.events);
  const cl = clear($("country-codes"));
  for (const [c, n] of [...per].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) cl.append(el("option", { value: c, label: `${n} events` }));
}

// Each loader draws only its latest answer: a slow earlier response never overwrites a newer view.
const seq = { refresh: 0, quotes: 0, documents: 0 };

async function refresh({ push = true } = {}) {
  const my = ++seq.refresh;
  writeHash(push);
  stateToForm();
  showError(null);
  const f = state.filters;
  document.querySelector("main").classList.add("loading");
  try {
    let [events, series, places, network] = await Promise.all([
      api("api/events", { ...f, limit: PAGE, offset: state.offset, order: state.order }),
      api("api/series", { ...f, by: state.by || state.autoBy }),
      api("api/places", { ...f, limit: 5000 }),
      api("api/network", { ...f, max_edges: 60 }),
    ]);
    if (my !== seq.refresh) return;
    if (!state.by && series.items.length) {
      // No period picked: use the finest one that keeps the filtered events' span readable.
      const want = autoPeriod(series.items[0].period, series.items[series.items.length - 1].period);
      if (want !== series.by) series = await api("api/series", { ...f, by: want });
      if (my !== seq.refresh) return;
    }
    for (const b of $("by").querySelectorAll("button")) b.classList.toggle("on", b.dataset.by === series.by);
    showEvents(events);
    renderTimeline($("timeline"), series, pickPeriod, pickRange);
    const by = series.by;
    $("timeline-hint").textContent = `${series.items.length} ${by}${series.items.length === 1 ? "" : "s"} with events` +
      (series.coarser ? ` · ${series.coarser} event${series.coarser === 1 ? "" : "s"} dated more coarsely than a ${by}` : "") +
      (series.undated ? ` · ${series.undated} undated event${series.undated === 1 ? "" : "s"}` : "") + (f.dyad ? ` · dyad ${f.dyad}` : "");
    renderMap($("map"), state.world, places, state.fit);
    renderSizeLegend($("size-legend"), places);
    $("map-hint").textContent = `${places.total} place${places.total === 1 ? "" : "s"}`;
    renderNetwork($("network"), network, f.actor, pickActor);
    $("network-hint").textContent = `${network.nodes.length} actors · ${network.edges.length} dyads`;
  } catch (err) {
    showError(err);
  } finally {
    if (my === seq.refresh) {
      document.querySelector("main").classList.remove("loading");
      // Tests wait on this counter: it moves once every view has been drawn.
      document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
    }
  }
}

// A download link for the current filters and order (and the token, when the page has one).
function downloadHref(kind) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null) qs.set(k, v);
  if (state.order !== "day") qs.set("order", state.order);
  if (TOKEN) qs.set("token", TOKEN);
  const q = qs.toString();
  return q ? `api/events.${kind}?${q}` : `api/events.${kind}`;
}

function showEvents(events) {
  state.total = events.total;
  $("events-csv").href = downloadHref("csv");
  $("events-jsonl").href = downloadHref("jsonl");
  $("events-count").textContent = `${events.total} event${events.total === 1 ? "" : "s"}`;
  const last = Math.min(events.offset + events.items.length, events.total);
  $("page-info").textContent = events.total ? `${events.offset + 1}–${last} of ${events.total}` : "";
  $("pager").querySelector('[data-step="-1"]').disabled = events.offset === 0;
  $("pager").querySelector('[data-step="1"]').disabled = last >= events.total;
  renderTable($("events"), events, (r) => openArticle(r.document, { event: r.mention || r.id, eventId: r.id, reports: r.num_articles }));
}

async function openArticle(docId, { event = null, quote = null, eventId = null, reports = 1 } = {}) {
  try {
    const doc = await api(`api/documents/${encodeURIComponent(docId)}`);
    const ev = event ? doc.events.find((e) => e.id === event) : null;
    const box = clear($("article-reports"));
    if (eventId && reports > 1) {
      // A deduplicated event: list every article that reported it.
      const full = await api(`api/events/${encodeURIComponent(eventId)}`);
      box.append(el("span", { class: "sm", text: `Reported by ${full.num_articles} articles: ` }));
      for (const m of full.mentions) {
        const a = el("a", { href: "#", class: m.document === docId ? "cur" : "", text: m.title || m.document });
        a.addEventListener("click", (e) => { e.preventDefault(); openArticle(m.document, { event: m.mention, eventId, reports }); });
        box.append(el("span", { class: "report" }, a, " ", sourceLink(m.url, "↗")), " ");
      }
    }
    $("article-title").textContent = doc.title || doc.id;
    const meta = clear($("article-meta"));
    meta.append([doc.published && `published ${doc.published}`, doc.source, doc.dateline && `dateline ${doc.dateline}`,
      `${doc.events.length} events · ${doc.quotes.length} quotes`].filter(Boolean).join(" · "));
    const link = sourceLink(doc.url, "read the source article ↗");
    if (link) meta.append(" · ", link);
    renderEventCard($("article-event"), ev);
    renderArticleText($("article-text"), doc, ev, quote);
    $("article").hidden = false;
    $("backdrop").hidden = false;
    const focus = $("article-text").querySelector(quote ? ".quote-sel" : ".sent");
    if (focus) focus.scrollIntoView({ block: "center" });
  } catch (err) {
    showError(err);
  }
}

function pickActor(code) {
  state.filters = { ...state.filters, actor: state.filters.actor === code ? undefined : code };
  state.offset = 0;
  refresh();
}

function pickPeriod(start, endExclusive) {
  const last = new Date(endExclusive.getTime() - 86400000).toISOString().slice(0, 10);
  state.filters = { ...state.filters, date_from: start, date_to: last };
  state.offset = 0;
  refresh();
}

// The timeline's brush: the dates dragged across.
function pickRange(first, last) {
  state.filters = { ...state.filters, date_from: first, date_to: last };
  state.offset = 0;
  refresh();
}

async function loadQuotes() {
  const my = ++seq.quotes;
  const [sp, qs] = await Promise.all([
    api("api/speakers", { q: state.filters.q, limit: 200 }),
    api("api/quotes", { speaker: state.speaker, q: state.filters.q, limit: 100 }),
  ]);
  if (my !== seq.quotes) return;
  const ul = clear($("speakers"));
  $("quotes-hint").textContent = `${sp.total} speaker${sp.total === 1 ? "" : "s"}`;
  const all = el("li", { class: state.speaker ? "" : "on" }, el("span", { text: "All speakers" }));
  all.addEventListener("click", () => { state.speaker = null; loadQuotes(); });
  ul.append(all);
  for (const s of sp.items) {
    const li = el("li", { class: state.speaker === s.speaker ? "on" : "", "data-speaker": s.speaker },
      el("span", { text: s.speaker + (s.code ? ` · ${s.code}` : "") }), el("span", { class: "n", text: s.quotes }));
    li.addEventListener("click", () => { state.speaker = s.speaker; loadQuotes(); });
    ul.append(li);
  }
  const box = clear($("quotes"));
  if (!qs.items.length) box.append(el("p", { class: "sm", text: "No quotes." }));
  for (const q of qs.items) {
    const div = el("div", { class: "quote", "data-quote": q.id },
      el("div", { class: "qt", text: q.text }),
      el("div", { class: "by" }, `— ${q.speaker || "unattributed"}${q.cue ? ` (${q.cue})` : ""} · ${q.kind} · ${q.title || q.document}${q.published ? " · " + q.published : ""} `,
        sourceLink(q.url)));
    div.addEventListener("click", () => openArticle(q.document, { quote: q.id }));
    box.append(div);
  }
}

const DOC_PAGE = 20;

// Every stored article, newest first per the store's order; the text filter narrows it.
async function loadDocuments() {
  const my = ++seq.documents;
  const docs = await api("api/documents", { q: state.filters.q, limit: DOC_PAGE, offset: state.docOffset || 0 });
  if (my !== seq.documents) return;
  const ul = clear($("documents"));
  $("documents-hint").textContent = `${docs.total} article${docs.total === 1 ? "" : "s"}`;
  const last = Math.min(docs.offset + docs.items.length, docs.total);
  $("doc-page-info").textContent = docs.total ? `${docs.offset + 1}–${last} of ${docs.total}` : "";
  $("doc-pager").querySelector('[data-step="-1"]').disabled = docs.offset === 0;
  $("doc-pager").querySelector('[data-step="1"]').disabled = last >= docs.total;
  for (const d of docs.items) {
    const li = el("li", { "data-document": d.id, tabindex: 0 },
      el("span", { class: "t", text: d.title || d.id }),
      el("span", { class: "n", text: `${d.published || "undated"} · ${d.events} event${d.events === 1 ? "" : "s"}` }));
    li.addEventListener("click", () => openArticle(d.id));
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") openArticle(d.id); });
    ul.append(li);
  }
}

async function main() {
  readHash();
  stateToForm();
  if (TOKEN) for (const a of document.querySelectorAll("a[href]")) a.href += (a.href.includes("?") ? "&" : "?") + `token=${encodeURIComponent(TOKEN)}`;
  const legend = $("quad-legend");
  for (const [q, d] of Object.entries(QUADS)) legend.append(el("span", {}, el("span", { class: `sw q${q}` }), d.label));
  legend.append(el("span", {}, "— line: mean Goldstein (right axis)"));
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    formToState();
    state.docOffset = 0;
    refresh();
    loadDocuments().catch(showError);
    loadQuotes().catch(showError);
  });
  $("reset").addEventListener("click", () => {
    state.filters = {}; state.offset = 0; state.docOffset = 0; state.speaker = null;
    refresh();
    loadDocuments().catch(showError);
    loadQuotes().catch(showError);
  });
  $("pager").addEventListener("click", (e) => {
    const step = Number(e.target.dataset.step || 0);
    if (!step) return;
    state.offset = Math.max(0, state.offset + step * PAGE);
    refresh();
  });
  $("by").addEventListener("click", (e) => { if (e.target.dataset.by) { state.by = e.target.dataset.by; refresh(); } });
  $("events").tHead.addEventListener("click", (e) => {
    const order = e.target.closest("button.sort")?.dataset.order;
    if (!order) return;
    state.order = nextOrder(state.order, order);
    state.offset = 0;
    refresh();
  });
  // Back/Forward and hand edits of the hash show the view the hash names.
  window.addEventListener("popstate", followHash);
  window.addEventListener("hashchange", followHash);
  $("map-fit").addEventListener("click", () => { state.fit = true; refresh(); });
  $("map-world").addEventListener("click", () => { state.fit = false; refresh(); });
  const closeArticle = () => { $("article").hidden = true; $("backdrop").hidden = true; };
  $("article-close").addEventListener("click", closeArticle);
  $("backdrop").addEventListener("click", closeArticle);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeArticle(); });
  // Redraw when the width changes (the charts are drawn at their pixel width); height-only
  // changes (full-page screenshots, mobile toolbars) need nothing.
  let resize, width = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    clearTimeout(resize);
    resize = setTimeout(() => refresh({ push: false }), 200);
  });
  try {
    const [topo, markers] = await Promise.all([api("static/vendor/countries-50m.json"), api("static/world.json")]);
    state.world = { topo, countries: markers.countries };
    await loadStats();
  } catch (err) {
    showError(err);
  }
  await refresh({ push: false });
  await loadQuotes().catch(showError);
  await loadDocuments().catch(showError);
  $("doc-pager").addEventListener("click", (e) => {
    const step = Number(e.target.dataset.step || 0);
    if (!step) return;
    state.docOffset = Math.max(0, (state.docOffset || 0) + step * DOC_PAGE);
    loadDocuments().catch(showError);
  });
  document.body.dataset.ready = "1";
}

main();
