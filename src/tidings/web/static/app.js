// The page controller: filter state (kept in the URL hash), loading, and wiring of views.
import { api, el, clear, esc, fmtNum, QUADS, TOKEN } from "./util.js";
import { renderTimeline } from "./timeline.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderArticleText, renderEventCard } from "./article.js";

const FIELDS = ["actor", "dyad", "cameo", "quad_class", "date_from", "date_to", "q"];
const PAGE = 25;
const state = { filters: {}, offset: 0, by: null, speaker: null, fit: true, world: null, total: 0, autoBy: "day" };
const $ = (id) => document.getElementById(id);

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = {};
  for (const k of FIELDS) if (p.get(k)) f[k] = p.get(k);
  if (p.get("directed") === "false") f.directed = false;
  state.filters = f;
  state.offset = Number(p.get("offset") || 0);
  if (["day", "week", "month"].includes(p.get("by"))) state.by = p.get("by");
}

function writeHash() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null) p.set(k, v);
  if (state.offset) p.set("offset", state.offset);
  if (state.by) p.set("by", state.by);
  history.replaceState(null, "", `${location.pathname}${location.search}#${p}`);
}

function formToState() {
  const form = $("filters");
  const f = {};
  for (const k of FIELDS) {
    const v = form.elements[k].value.trim();
    if (v) f[k] = k === "actor" || k === "dyad" ? v.toUpperCase() : v;
  }
  if (f.dyad && !form.elements.directed.checked) f.directed = false;
  state.filters = f;
  state.offset = 0;
}

function stateToForm() {
  const form = $("filters");
  for (const k of FIELDS) form.elements[k].value = state.filters[k] || "";
  form.elements.directed.checked = state.filters.directed !== false;
  for (const b of $("by").querySelectorAll("button")) b.classList.toggle("on", b.dataset.by === (state.by || state.autoBy));
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
}

// Each loader draws only its latest answer: a slow earlier response never overwrites a newer view.
const seq = { refresh: 0, quotes: 0, documents: 0 };

async function refresh() {
  const my = ++seq.refresh;
  writeHash();
  stateToForm();
  showError(null);
  const f = state.filters;
  document.querySelector("main").classList.add("loading");
  try {
    let [events, series, places, network] = await Promise.all([
      api("api/events", { ...f, limit: PAGE, offset: state.offset }),
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
    renderTable(events);
    renderTimeline($("timeline"), series, pickPeriod);
    const by = series.by;
    $("timeline-hint").textContent = `${series.items.length} ${by}${series.items.length === 1 ? "" : "s"} with events` +
      (series.coarser ? ` · ${series.coarser} events dated more coarsely than a ${by}` : "") +
      (series.undated ? ` · ${series.undated} undated events` : "") + (f.dyad ? ` · dyad ${f.dyad}` : "");
    renderMap($("map"), state.world, places, state.fit);
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

// The CSV link carries the current filters (and the token, when the page has one).
function csvHref() {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null) qs.set(k, v);
  if (TOKEN) qs.set("token", TOKEN);
  const q = qs.toString();
  return q ? `api/events.csv?${q}` : "api/events.csv";
}

function renderTable(events) {
  state.total = events.total;
  $("events-csv").href = csvHref();
  const tb = clear($("events").tBodies[0]);
  $("events-count").textContent = `${events.total} event${events.total === 1 ? "" : "s"}`;
  const last = Math.min(events.offset + events.items.length, events.total);
  $("page-info").textContent = events.total ? `${events.offset + 1}–${last} of ${events.total}` : "";
  $("pager").querySelector('[data-step="-1"]').disabled = events.offset === 0;
  $("pager").querySelector('[data-step="1"]').disabled = last >= events.total;
  if (!events.items.length) {
    tb.append(el("tr", { class: "empty" }, el("td", { colspan: 9, class: "sm", text: "No events match the filters." })));
    return;
  }
  for (const r of events.items) {
    const party = (code, text) => el("td", {}, code ? el("span", { class: "code", text: code }) : el("span", { class: "sm", text: "–" }),
      el("div", { class: "sm", text: text || "" }));
    const tr = el("tr", { "data-event": r.id, "data-document": r.document },
      el("td", { text: r.date || "–" }),
      party(r.source_code, r.source_text),
      el("td", {}, r.action, r.negated ? el("span", { class: "neg", text: "negated" })
        : (r.asserted === false ? el("span", { class: "neg", text: r.modality }) : null)),
      party(r.target_code, r.target_text),
      el("td", {}, el("span", { class: "code", text: r.cameo }), el("div", { class: "sm", text: r.cameo_label || "" })),
      el("td", {}, el("span", { class: `quad q${r.quad_class}`, title: QUADS[r.quad_class]?.label }), r.plover_event),
      el("td", { class: "num", text: fmtNum(r.goldstein) }),
      el("td", { text: r.place_name ? `${r.place_name}${r.place_country ? ", " + r.place_country : ""}` : "–" }),
      el("td", { class: "sm" }, r.title || r.document,
        r.num_articles > 1 ? el("span", { class: "reports-badge", title: "articles reporting this event", text: `${r.num_articles} reports` }) : null),
    );
    tr.tabIndex = 0;
    const open = () => {
      for (const x of tb.querySelectorAll("tr.sel")) x.classList.remove("sel");
      tr.classList.add("sel");
      openArticle(r.document, { event: r.mention || r.id, eventId: r.id, reports: r.num_articles });
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    tb.append(tr);
  }
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
        box.append(a, " ");
      }
    }
    $("article-title").textContent = doc.title || doc.id;
    $("article-meta").textContent = [doc.published && `published ${doc.published}`, doc.source, doc.dateline && `dateline ${doc.dateline}`,
      `${doc.events.length} events · ${doc.quotes.length} quotes`].filter(Boolean).join(" · ");
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
      el("div", { class: "by", text: `— ${q.speaker || "unattributed"}${q.cue ? ` (${q.cue})` : ""} · ${q.kind} · ${q.title || q.document}${q.published ? " · " + q.published : ""}` }));
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
    resize = setTimeout(refresh, 200);
  });
  try {
    state.world = await api("static/world.json");
    await loadStats();
  } catch (err) {
    showError(err);
  }
  await refresh();
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
