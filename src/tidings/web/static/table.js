// The events table: one row per deduplicated event, sortable by date, Goldstein and reports
// (the server sorts: the order holds across pages), with a link to each source article.
import { el, clear, fmtNum, QUADS, sourceLink } from "./util.js";

// Clicking a header: first its natural direction, a second click the other one.
const NEXT = { day: "-day", "-day": "day", goldstein: "-goldstein", "-goldstein": "goldstein", articles: "day" };

export function nextOrder(current, clicked) {
  return current === clicked || current === `-${clicked}` ? NEXT[current] : clicked;
}

export function showOrder(table, order) {
  for (const th of table.tHead.querySelectorAll("th[data-sort]")) {
    const key = th.dataset.sort;
    const on = order === key || order === `-${key}`;
    const dir = !on ? "none" : key === "articles" || order.startsWith("-") ? "descending" : "ascending";
    th.setAttribute("aria-sort", dir);
    th.classList.toggle("sorted", on);
    th.querySelector("button").dataset.dir = dir;
  }
}

function party(code, text) {
  return el("td", {}, code ? el("span", { class: "code", text: code }) : el("span", { class: "sm", text: "–" }),
    el("div", { class: "sm", text: text || "" }));
}

function row(r) {
  return el("tr", { "data-event": r.id, "data-document": r.document, tabindex: 0 },
    el("td", { text: r.date || "–" }),
    party(r.source_code, r.source_text),
    el("td", {}, r.action, r.negated ? el("span", { class: "neg", text: "negated" })
      : (r.asserted === false ? el("span", { class: "neg", text: r.modality }) : null)),
    party(r.target_code, r.target_text),
    el("td", {}, el("span", { class: "code", text: r.cameo }), el("div", { class: "sm", text: r.cameo_label || "" })),
    el("td", {}, el("span", { class: `quad q${r.quad_class}`, title: QUADS[r.quad_class]?.label }), r.plover_event),
    el("td", { class: "num", text: fmtNum(r.goldstein) }),
    el("td", { text: r.place_name ? `${r.place_name}${r.place_country ? ", " + r.place_country : ""}` : "–" }),
    el("td", { class: "sm" }, el("span", { class: "doc-title", text: r.title || r.document }), " ", sourceLink(r.url),
      r.num_articles > 1 ? el("span", { class: "reports-badge", title: "articles reporting this event", text: `${r.num_articles} reports` }) : null),
  );
}

// Draws one page of events; ``onOpen(row, tr)`` opens the article of a row.
export function renderTable(table, events, onOpen) {
  const tb = clear(table.tBodies[0]);
  if (!events.items.length) {
    tb.append(el("tr", { class: "empty" }, el("td", { colspan: 9, class: "sm", text: "No events match the filters." })));
    return;
  }
  for (const r of events.items) {
    const tr = row(r);
    const open = () => {
      for (const x of tb.querySelectorAll("tr.sel")) x.classList.remove("sel");
      tr.classList.add("sel");
      onOpen(r);
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    tb.append(tr);
  }
}
