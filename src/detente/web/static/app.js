// Détente workbench front end. Plain DOM, no libraries, nothing fetched from elsewhere.
//
// Rule of the house: document text only ever enters the page as text nodes (h() below,
// textContent); innerHTML is never used, so a document holding markup shows that markup.
"use strict";

const RTL = new Set(["he", "ar"]);
const LANGS = ["he", "ar", "ru", "en"];
const LANG_NAMES = { he: "Hebrew", ar: "Arabic", ru: "Russian", en: "English" };
const MODALITIES = ["asserted", "reported", "hypothetical", "future"];
const SVGNS = "http://www.w3.org/2000/svg";
let STATS = null;

// -- small helpers ------------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}
function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "class") el.setAttribute("class", v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
const main = () => $("#main");
const params = () => new URLSearchParams(location.search);

async function api(path, query) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const url = path + (q.toString() ? "?" + q : "");
  const r = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const d = body && body.detail;
    throw new Error(typeof d === "string" ? d : (d ? JSON.stringify(d) : r.status + " " + r.statusText));
  }
  return body;
}

function dirOf(lang) { return RTL.has(lang) ? "rtl" : "ltr"; }
function langBadge(lang) { return h("span", { class: "badge lang", title: LANG_NAMES[lang] || "unknown language" }, lang || "?"); }
function quadOf(type) {
  const t = STATS && STATS.event_types && STATS.event_types[type];
  return t && t.quad ? t.quad : "";
}
function sideOf(ev) {
  // Intensity decides where known (modes shift it); the type's quad class otherwise.
  if (ev.intensity !== null && ev.intensity !== undefined) return ev.intensity > 0 ? "coop" : ev.intensity < 0 ? "conf" : "";
  const q = quadOf(ev.event_type);
  return q.endsWith("cooperation") ? "coop" : q.endsWith("conflict") ? "conf" : "";
}
function typeBadge(ev) {
  return h("span", { class: "badge etype " + sideOf(ev), title: (quadOf(ev.event_type) || "").replace("_", " ") + (ev.mode ? " · mode: " + ev.mode : "") }, ev.event_type);
}
function truthBadges(ev) {
  const out = [];
  if (ev.negated) out.push(h("span", { class: "badge neg", title: "The source says this did NOT happen" }, "negated"));
  if (ev.modality === "hypothetical" || ev.modality === "future") out.push(h("span", { class: "badge hyp", title: "Not asserted as having happened" }, ev.modality));
  else if (ev.modality === "reported") out.push(h("span", { class: "badge rep", title: "Attributed to a source" }, "reported"));
  return out;
}
function truthClass(ev) { return [ev.negated ? "negated" : "", ev.modality || ""].join(" "); }
function entLabel(e) { return e.entity_name || e.raw_text || "?"; }
function entCode(e) { return [e.country, e.sector].filter(Boolean).join("/"); }
function entities(list) {
  if (!list || !list.length) return h("span", { class: "muted" }, "—");
  return list.map((e, i) => [i ? "; " : "", h("span", { class: "entity", title: e.raw_text ? "as written: " + e.raw_text : null }, entLabel(e)),
    entCode(e) ? [" ", h("span", { class: "code" }, entCode(e))] : null]);
}
function codes(list) { return Array.from(new Set((list || []).map((e) => e.country).filter(Boolean))); }
function pairLinks(ev) {
  const out = [];
  for (const a of codes(ev.actor)) for (const b of codes(ev.recipient)) if (a !== b) out.push(h("a", { href: `/pairs/${a}/${b}`, class: "small nowrap", title: "Timeline of this pair" }, `${a}↔${b}`));
  return out;
}
function fmtNum(x, d = 1) { return x === null || x === undefined || Number.isNaN(x) ? "—" : (x > 0 ? "+" : "") + Number(x).toFixed(d); }
function errorBox(err) { return h("div", { class: "error" }, String(err && err.message ? err.message : err)); }
function notice(text) { return h("div", { class: "notice" }, text); }
function docLink(id, label, hash) { return h("a", { href: `/documents/${encodeURIComponent(id)}${hash || ""}`, dir: "auto" }, label); }
function setTitle(t) { document.title = t + " · Détente"; }

// Code-point aware slicing: the server counts characters as Python does (code points),
// JavaScript strings count UTF-16 units; the two differ as soon as an emoji appears.
function codepoints(text) { return Array.from(text || ""); }
function cpSlice(cps, a, b) { return cps.slice(a, b).join(""); }

const tip = {
  show(evt, text) {
    const t = $("#tooltip");
    t.textContent = text;
    t.hidden = false;
    const x = Math.min(evt.clientX + 14, window.innerWidth - t.offsetWidth - 8);
    const y = Math.min(evt.clientY + 14, window.innerHeight - t.offsetHeight - 8);
    t.style.left = x + "px";
    t.style.top = y + "px";
  },
  hide() { $("#tooltip").hidden = true; },
};

// -- pages ----------------------------------------------------------------------------------
const ROUTES = [
  [/^\/(documents\/?)?$/, "documents", pageDocuments],
  [/^\/documents\/([^/]+)$/, "documents", pageDocument],
  [/^\/events\/?$/, "events", pageEvents],
  [/^\/clusters\/?$/, "clusters", pageClusters],
  [/^\/clusters\/([^/]+)$/, "clusters", pageCluster],
  [/^\/pairs\/?$/, "pair", pagePairs],
  [/^\/pairs\/([^/]+)\/([^/]+)$/, "pair", pagePair],
  [/^\/network\/?$/, "network", pageNetwork],
  [/^\/search\/?$/, "search", pageSearch],
  [/^\/upload\/?$/, "upload", pageUpload],
  [/^\/about\/?$/, "about", pageAbout],
];

async function loadStats() {
  try {
    STATS = await api("/api/stats");
    const c = STATS.counts;
    $("#storeinfo").textContent = `${STATS.db} · ${c.documents} docs · ${c.events} events`;
  } catch (e) {
    $("#storeinfo").textContent = "store unavailable";
  }
}

async function boot() {
  await loadStats();
  const path = location.pathname;
  for (const [rx, nav, fn] of ROUTES) {
    const m = path.match(rx);
    if (!m) continue;
    for (const a of $$("#nav a")) a.classList.toggle("active", a.dataset.page === nav);
    clear(main());
    try {
      await fn(...m.slice(1).map(decodeURIComponent));
    } catch (e) {
      main().appendChild(errorBox(e));
    }
    document.body.dataset.ready = "1";
    return;
  }
  clear(main()).appendChild(errorBox("No such page."));
  document.body.dataset.ready = "1";
}
document.addEventListener("DOMContentLoaded", boot);

// Documents ---------------------------------------------------------------------------------
async function pageDocuments() {
  setTitle("Documents");
  const p = params();
  const m = main();
  const form = h("form", { class: "filters", method: "get", action: "/documents" },
    h("label", {}, "Language", langSelect("lang", p.get("lang"))),
    h("label", {}, "Quality", h("select", { name: "flagged" },
      h("option", { value: "" }, "all"),
      h("option", { value: "true", selected: p.get("flagged") === "true" }, "flagged only"),
      h("option", { value: "false", selected: p.get("flagged") === "false" }, "clean only"))),
    h("label", {}, "Since", h("input", { name: "since", value: p.get("since") || "", placeholder: "YYYY-MM-DD", size: 10 })),
    h("label", {}, "Until", h("input", { name: "until", value: p.get("until") || "", placeholder: "YYYY-MM-DD", size: 10 })),
    h("label", {}, "Filter", h("input", { id: "docfilter", type: "search", dir: "auto", placeholder: "title or name" })),
    h("button", { type: "submit" }, "Apply"));
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Documents"), h("span", { class: "sub", id: "doccount" })), form);
  const data = await api("/api/documents", { lang: p.get("lang"), flagged: p.get("flagged"), since: p.get("since"), until: p.get("until") });
  $("#doccount").textContent = `${data.total} documents`;
  const rows = data.items.map((d) => h("tr", { "data-doc": d.doc_id },
    h("td", {}, langBadge(d.language)),
    h("td", { class: "nowrap mono", title: d.date_source ? "date from the " + d.date_source : null }, d.date || "—"),
    h("td", { dir: "auto", lang: d.language || null }, docLink(d.doc_id, d.title || d.name)),
    h("td", { class: "small muted" }, d.name),
    h("td", { class: "small muted", title: d.source }, d.media_type),
    h("td", { class: "num" }, d.events),
    h("td", { class: "num" }, d.mentions),
    h("td", {}, d.quality.length ? d.quality.map((q) => h("span", { class: "badge flag", title: q.reason }, "⚠ " + q.code)) : h("span", { class: "badge ok" }, "ok"))));
  const table = h("table", { class: "grid", id: "documents" },
    h("thead", {}, h("tr", {}, ["Lang", "Date", "Title", "File", "Type", "Events", "Mentions", "Quality"].map((x, i) => h("th", { class: i === 5 || i === 6 ? "num" : null }, x)))),
    h("tbody", {}, rows));
  m.append(data.total ? table : notice("No documents yet. Add some on the “Add documents” page."));
  $("#docfilter").addEventListener("input", (e) => {
    const q = e.target.value.toLowerCase();
    for (const tr of $$("#documents tbody tr")) tr.hidden = q && !tr.textContent.toLowerCase().includes(q);
  });
}

function langSelect(name, value, label = "any") {
  return h("select", { name }, h("option", { value: "" }, label), LANGS.map((l) => h("option", { value: l, selected: value === l }, `${l} · ${LANG_NAMES[l]}`)));
}

// Reading view -----------------------------------------------------------------------------
async function pageDocument(id) {
  const data = await api(`/api/documents/${encodeURIComponent(id)}`);
  const doc = data.document;
  setTitle(doc.title || doc.name);
  const m = main();
  const lang = doc.language;
  m.append(h("div", { class: "pagehead" },
    h("h1", { dir: "auto", lang: lang || null, class: "bidi" }, doc.title || doc.name)),
  h("div", { class: "meta" },
    langBadge(lang),
    h("span", {}, "date ", h("b", {}, doc.date || "unknown"), doc.date_source ? ` (${doc.date_source})` : ""),
    h("span", {}, "file ", h("b", { dir: "auto" }, doc.name)),
    h("span", {}, doc.media_type),
    h("span", {}, `${codepoints(doc.text).length.toLocaleString()} characters`),
    h("span", { class: "mono", title: "document ID" }, doc.doc_id),
    doc.quality.map((q) => h("span", { class: "badge flag", title: q.reason }, "⚠ " + q.code + ": " + q.reason))));

  const article = h("article", { class: "article", id: "doctext", dir: dirOf(lang), lang: lang || null });
  const side = h("aside", { class: "side" });
  m.append(h("div", { class: "reader" }, article, side));
  renderHighlighted(article, doc, data.mentions, data.events, params());

  // side panel: selected entity, events, entities, ties
  const detail = h("div", { class: "panel", id: "detail", hidden: true });
  side.append(detail);
  const evPanel = h("div", { class: "panel" }, h("h2", {}, `Events (${data.events.length})`));
  if (!data.events.length) evPanel.append(h("p", { class: "muted" }, "No events coded in this document."));
  data.events.forEach((ev, i) => {
    const card = h("div", { class: "card " + truthClass(ev), id: "card-" + ev.id, "data-ev": i },
      h("div", { class: "row" }, typeBadge(ev), ev.mode ? h("span", { class: "small muted" }, ev.mode) : null, truthBadges(ev),
        h("span", { class: "small muted mono", style: null }, ev.date || "undated"), pairLinks(ev)),
      h("div", { class: "small" }, entities(ev.actor), " → ", entities(ev.recipient)),
      ev.trigger ? h("div", { class: "small muted" }, "trigger: ", h("span", { dir: "auto", lang: ev.language || null }, ev.trigger)) : null,
      ev.why ? h("div", { class: "small muted" }, ev.why) : null);
    card.addEventListener("click", () => focusEvent(i));
    evPanel.append(card);
  });
  side.append(evPanel);

  const byEntity = new Map();
  data.mentions.forEach((mn, i) => {
    const key = mn.entity_id || mn.entity_name || mn.raw_text;
    if (!byEntity.has(key)) byEntity.set(key, { m: mn, idx: [] });
    byEntity.get(key).idx.push(i);
  });
  const entPanel = h("div", { class: "panel" }, h("h2", {}, `Actors mentioned (${byEntity.size})`));
  const ul = h("ul", { class: "ents", id: "entities" });
  for (const [key, { m: mn, idx }] of byEntity) {
    const li = h("li", { "data-key": key }, h("span", { class: "entity" }, mn.entity_name || mn.raw_text), h("span", { class: "code" }, [mn.country, mn.sector].filter(Boolean).join("/")), h("span", { class: "small muted" }, mn.kind || ""), h("span", { class: "n" }, idx.length));
    li.addEventListener("click", () => selectMention(idx[0]));
    ul.append(li);
  }
  entPanel.append(byEntity.size ? ul : h("p", { class: "muted" }, "No actors resolved."));
  side.append(entPanel);

  if (data.ties.length) {
    side.append(h("div", { class: "panel" }, h("h2", {}, `Dependencies and ties (${data.ties.length})`),
      data.ties.map((t) => tieCard(t))));
  }

  function selectMention(i) {
    const mn = data.mentions[i];
    const key = mn.entity_id || mn.entity_name || mn.raw_text;
    for (const el of $$("mark.m.sel")) el.classList.remove("sel");
    const same = data.mentions.map((x, j) => ((x.entity_id || x.entity_name || x.raw_text) === key ? j : -1)).filter((j) => j >= 0);
    for (const j of same) for (const el of $$(`mark.m[data-m="${j}"]`)) el.classList.add("sel");
    for (const li of $$("#entities li")) li.classList.toggle("sel", li.dataset.key === key);
    clear(detail).hidden = false;
    append(detail, [h("h2", {}, "Actor"), h("dl", { class: "kv" },
      h("dt", {}, "entity"), h("dd", { class: "entity" }, mn.entity_name || "—"),
      h("dt", {}, "country"), h("dd", {}, mn.country || "—"),
      h("dt", {}, "sector"), h("dd", {}, mn.sector || "—"),
      h("dt", {}, "kind"), h("dd", {}, mn.kind || "—"),
      h("dt", {}, "as written"), h("dd", { dir: "auto", lang: mn.language || null }, mn.raw_text),
      h("dt", {}, "alias"), h("dd", { dir: "auto" }, mn.alias || "—"),
      h("dt", {}, "role"), h("dd", {}, mn.role || "—"),
      mn.wikidata_id ? [h("dt", {}, "Wikidata"), h("dd", { class: "mono" }, mn.wikidata_id)] : null,
      h("dt", {}, "why"), h("dd", {}, mn.why || "—"),
      h("dt", {}, "mentions"), h("dd", {}, `${same.length} in this document`)),
    mn.country ? h("p", { class: "small" }, h("a", { href: `/events?actor=${encodeURIComponent(mn.country)}` }, `Events with ${mn.country} as actor`), " · ", h("a", { href: `/search?q=${encodeURIComponent(mn.raw_text)}` }, "search this name")) : null]);
  }
  function focusEvent(i) {
    const ev = data.events[i];
    for (const c of $$(".card.active")) c.classList.remove("active");
    const card = $(`[data-ev="${i}"]`);
    if (card) card.classList.add("active");
    const spans = $$(`.ev[data-evs~="${i}"]`);
    for (const el of $$(".ev.flash")) el.classList.remove("flash");
    spans.forEach((el) => el.classList.add("flash"));
    if (spans[0]) spans[0].scrollIntoView({ block: "center", behavior: "smooth" });
    history.replaceState(null, "", "#ev-" + ev.id);
  }
  article.addEventListener("click", (e) => {
    const mark = e.target.closest("mark.m");
    if (mark) { selectMention(Number(mark.dataset.m)); return; }
    const ev = e.target.closest(".ev");
    if (ev) {
      const i = Number(ev.dataset.evs.split(" ")[0]);
      const card = $(`[data-ev="${i}"]`);
      focusEvent(i);
      if (card) card.scrollIntoView({ block: "nearest" });
    }
  });
  const hash = location.hash.match(/^#ev-([0-9a-f]+)$/);
  if (hash) {
    const i = data.events.findIndex((e) => e.id === hash[1]);
    if (i >= 0) focusEvent(i);
  }
}

function tieCard(t) {
  return h("div", { class: "card" },
    h("div", { class: "row" }, h("span", { class: "badge" }, t.tie_type.replace(/_/g, " ")), t.figure ? h("b", { dir: "auto" }, t.figure) : null,
      t.commodity ? h("span", { class: "small muted" }, t.commodity) : null, t.negated ? h("span", { class: "badge neg" }, "negated") : null),
    h("div", { class: "small" }, entities(t.source), t.directed ? " → " : " ↔ ", entities(t.target)),
    h("div", { class: "evq", dir: "auto", lang: t.language || null }, t.evidence.text),
    t.doc_id ? h("div", { class: "small" }, docLink(t.doc_id, t.doc)) : null);
}

// Build the article from offsets. Every boundary of every span cuts the text into
// segments; each segment is a text node wrapped in the spans covering it. Consecutive
// segments of one mention share a single <mark>, so a mark holds exactly the mention.
function renderHighlighted(article, doc, mentions, events, p) {
  const cps = codepoints(doc.text);
  const n = cps.length;
  const spans = [];
  mentions.forEach((mn, i) => { if (mn.end > mn.start) spans.push({ kind: "m", i, start: mn.start, end: mn.end }); });
  events.forEach((ev, i) => {
    spans.push({ kind: "ev", i, start: ev.evidence.start, end: ev.evidence.end });
    if (ev.trigger_start !== null && ev.trigger_end !== null && ev.trigger_end > ev.trigger_start) spans.push({ kind: "trg", i, start: ev.trigger_start, end: ev.trigger_end });
  });
  for (const part of (p.get("hl") || "").split(",")) {
    const mm = part.match(/^(\d+)-(\d+)$/);
    if (mm && +mm[2] > +mm[1]) spans.push({ kind: "hit", i: 0, start: +mm[1], end: +mm[2] });
  }
  const cuts = new Set([0, n]);
  for (const sp of spans) { cuts.add(Math.max(0, Math.min(n, sp.start))); cuts.add(Math.max(0, Math.min(n, sp.end))); }
  // Paragraphs: each line gets its own direction (dir="auto"), so an English quote in a
  // Hebrew article, or a Hebrew line in an English one, reads the right way round.
  for (let i = 0; i < n; i++) if (cps[i] === "\n") { cuts.add(i); cuts.add(i + 1); }
  const points = Array.from(cuts).sort((a, b) => a - b);

  let para = h("p", { dir: "auto" });
  let openMark = null; // [mentionIndex, element]
  const flush = () => { article.append(para); para = h("p", { dir: "auto" }); openMark = null; };
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = cpSlice(cps, a, b);
    if (piece === "\n") {
      if (!para.childNodes.length) para.classList.add("blank");
      flush();
      continue;
    }
    const cover = spans.filter((sp) => sp.start <= a && sp.end >= b);
    let node = document.createTextNode(piece);
    const trg = cover.filter((sp) => sp.kind === "trg");
    if (trg.length) node = h("span", { class: "trg", title: "event trigger" }, node);
    const hits = cover.filter((sp) => sp.kind === "hit");
    if (hits.length) node = h("mark", { class: "hit" }, node);
    const evs = cover.filter((sp) => sp.kind === "ev");
    if (evs.length) {
      const ev0 = events[evs[0].i];
      node = h("span", { class: "ev " + sideOf(ev0), "data-evs": evs.map((x) => x.i).join(" "),
        title: evs.map((x) => { const ev = events[x.i]; return `${ev.event_type}${ev.negated ? " (negated)" : ""}${ev.modality !== "asserted" ? " [" + ev.modality + "]" : ""}: ${ev.actor.map(entLabel).join(", ") || "?"} → ${ev.recipient.map(entLabel).join(", ") || "?"}`; }).join("\n") }, node);
    }
    const ms = cover.filter((sp) => sp.kind === "m");
    if (ms.length) {
      const mi = ms[0].i;
      if (openMark && openMark[0] === mi) { openMark[1].append(node); continue; }
      const mn = mentions[mi];
      const mark = h("mark", { class: "m k-" + (mn.kind || "x"), "data-m": mi, "data-start": mn.start, "data-end": mn.end,
        title: `${mn.entity_name || "?"}${mn.country ? " · " + mn.country : ""}${mn.sector ? "/" + mn.sector : ""}${mn.kind ? " · " + mn.kind : ""}${mn.why ? "\n" + mn.why : ""}` }, node);
      para.append(mark);
      openMark = [mi, mark];
      continue;
    }
    openMark = null;
    para.append(node);
  }
  if (para.childNodes.length) flush();
}

// Events ---------------------------------------------------------------------------------------
const EVENT_FILTERS = ["actor", "recipient", "type", "since", "until", "lang", "negated", "modality", "doc"];

async function pageEvents() {
  setTitle("Events");
  const p = params();
  const q = {};
  for (const k of EVENT_FILTERS) if (p.get(k)) q[k] = p.get(k);
  const types = Object.keys((STATS && STATS.event_types) || {});
  const form = h("form", { class: "filters", id: "eventfilters", method: "get", action: "/events" },
    h("label", {}, "Actor", h("input", { name: "actor", value: q.actor || "", placeholder: "RUS or name", size: 10 })),
    h("label", {}, "Recipient", h("input", { name: "recipient", value: q.recipient || "", placeholder: "UKR or name", size: 10 })),
    h("label", {}, "Type", h("select", { name: "type" }, h("option", { value: "" }, "any"), types.map((t) => h("option", { value: t, selected: q.type === t }, t)))),
    h("label", {}, "Since", h("input", { name: "since", value: q.since || "", placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    h("label", {}, "Until", h("input", { name: "until", value: q.until || "", placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    h("label", {}, "Language", langSelect("lang", q.lang)),
    h("label", {}, "Negated", h("select", { name: "negated" }, h("option", { value: "" }, "any"), h("option", { value: "false", selected: q.negated === "false" }, "not negated"), h("option", { value: "true", selected: q.negated === "true" }, "negated only"))),
    h("label", {}, "Modality", h("select", { name: "modality" }, h("option", { value: "" }, "any"), MODALITIES.map((x) => h("option", { value: x, selected: q.modality === x }, x)))),
    q.doc ? h("input", { type: "hidden", name: "doc", value: q.doc }) : null,
    h("button", { type: "submit" }, "Filter"),
    h("a", { class: "button secondary", href: "/events" }, "Reset"),
    h("a", { class: "button secondary", id: "csv", href: "/api/events?" + new URLSearchParams({ ...q, format: "csv" }), download: "detente-events.csv" }, "Export CSV"));
  // Empty fields stay out of the address so links stay short and shareable.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) f.set(k, v);
    location.href = "/events" + (f.toString() ? "?" + f : "");
  });
  const m = main();
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Events"), h("span", { class: "sub", id: "evcount" }, "…"),
    h("span", { class: "legend" }, h("span", { class: "badge neg" }, "negated"), "did not happen", h("span", { class: "badge hyp" }, "hypothetical"), "not asserted", h("span", { class: "badge rep" }, "reported"), "attributed")), form);
  const data = await api("/api/events", q);
  $("#evcount").textContent = `${data.total} events`;
  m.append(data.total ? eventsTable(data.items) : notice("No events match these filters."));
}

function eventsTable(items, opts = {}) {
  const rows = items.map((ev) => h("tr", { class: truthClass(ev), "data-id": ev.id },
    h("td", { class: "nowrap mono" }, ev.date || "—"),
    h("td", {}, typeBadge(ev), ev.mode ? h("div", { class: "small muted" }, ev.mode) : null),
    h("td", {}, entities(ev.actor)),
    h("td", {}, entities(ev.recipient)),
    h("td", {}, truthBadges(ev), !ev.negated && ev.modality === "asserted" ? h("span", { class: "small muted" }, "asserted") : null),
    h("td", { class: "num" }, fmtNum(ev.intensity)),
    h("td", {}, langBadge(ev.language)),
    h("td", { class: "evtext" }, h("div", { class: "clip bidi", dir: "auto", lang: ev.language || null, title: ev.evidence.text }, ev.evidence.text),
      h("div", { class: "small" }, docLink(ev.doc_id, ev.doc, "#ev-" + ev.id), " ", pairLinks(ev)))));
  return h("table", { class: "grid", id: opts.id || "events" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Truth", "Intensity", "Lang", "Evidence"].map((x, i) => h("th", { class: i === 5 ? "num" : null }, x)))),
    h("tbody", {}, rows));
}

// Clusters ---------------------------------------------------------------------------------
async function pageClusters() {
  setTitle("Clusters");
  const m = main();
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Event clusters"), h("span", { class: "sub" }, "one real-world event, all its reports")));
  const data = await api("/api/clusters", { type: params().get("type"), actor: params().get("actor") });
  if (!data.available) { m.append(notice("Event clusters are not available yet: " + (data.note || "detente.fusion is missing") + ".")); return; }
  for (const n of data.notes || []) m.append(notice(n));
  const contra = data.contradictions || [];
  const contraSection = () => { if (contra.length) m.append(h("h2", {}, `Contradictions (${contra.length})`), ...contra.map(contradiction)); };
  if (!data.items.length) { m.append(notice("No clusters stored yet. Run the fusion step on this store.")); contraSection(); return; }
  m.append(h("h2", {}, `Clusters (${data.items.length})`));
  const rows = data.items.map((c) => h("tr", { class: c.negated ? "negated" : "" },
    h("td", { class: "nowrap mono" }, c.date || "—"),
    h("td", {}, h("a", { href: `/clusters/${encodeURIComponent(c.id)}` }, typeBadge(c))),
    h("td", {}, entities(c.actor)), h("td", {}, entities(c.recipient)),
    h("td", { class: "num" }, c.reports), h("td", { class: "num" }, c.corroboration ?? "—"),
    h("td", {}, (c.languages || []).map(langBadge)),
    h("td", { class: "evtext" }, c.members && c.members[0] ? h("div", { class: "clip bidi", dir: "auto", lang: c.members[0].language || null }, c.members[0].evidence.text) : null)));
  m.append(h("table", { class: "grid", id: "clusters" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Reports", "Sources", "Languages", "First report"].map((x) => h("th", {}, x)))), h("tbody", {}, rows)));
  contraSection();
}

async function pageCluster(id) {
  const m = main();
  let data;
  try { data = await api(`/api/clusters/${encodeURIComponent(id)}`); } catch (e) {
    m.append(h("h1", {}, "Cluster"), notice(String(e.message))); return;
  }
  const c = data.cluster;
  setTitle("Cluster " + c.event_type);
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Cluster ", typeBadge(c)), h("span", { class: "sub mono" }, c.id)),
    h("div", { class: "panel" }, h("dl", { class: "kv" },
      h("dt", {}, "actor"), h("dd", {}, entities(c.actor)),
      h("dt", {}, "recipient"), h("dd", {}, entities(c.recipient)),
      h("dt", {}, "date"), h("dd", {}, c.date || "undated", c.date_precision ? ` (${c.date_precision})` : ""),
      h("dt", {}, "mode"), h("dd", {}, c.mode || "—"),
      h("dt", {}, "intensity"), h("dd", {}, fmtNum(c.intensity)),
      h("dt", {}, "reports"), h("dd", {}, `${c.reports} in ${(c.languages || []).length} languages; ${c.corroboration ?? "?"} independent sources`),
      h("dt", {}, "negated"), h("dd", {}, c.negated ? "yes: the reports deny it happened" : "no"))));
  for (const note of data.notes || []) m.append(notice(note));
  const contra = data.contradictions || [];
  if (contra.length) m.append(h("h2", {}, `Contradictions (${contra.length})`), ...contra.map(contradiction));
  const contraDocs = new Set(JSON.stringify(contra).match(/[0-9a-f]{16}/g) || []);
  m.append(h("h2", {}, "Reports side by side"), h("div", { class: "reports" }, (c.members || []).map((mb) =>
    h("div", { class: "report" + (contraDocs.has(mb.doc_id) ? " contradicted" : "") },
      h("div", { class: "row small" }, langBadge(mb.language), " ", h("span", { class: "mono" }, mb.date || "undated"), " ", docLink(mb.doc_id, mb.doc, mb.event_id ? "#ev-" + mb.event_id : ""),
        mb.score !== null && mb.score !== undefined ? h("span", { class: "muted" }, ` · similarity ${Number(mb.score).toFixed(2)}`) : h("span", { class: "muted" }, " · founding report")),
      h("div", { class: "small" }, entities(mb.actor), " → ", entities(mb.recipient)),
      h("div", { class: "quote", dir: dirOf(mb.language), lang: mb.language || null }, mb.evidence.text)))));
}

// A contradiction from detente.fusion: one fact, several values, the sentences behind
// each. Unknown shapes fall back to a plain key/value listing.
function contradiction(x) {
  if (!x || typeof x !== "object" || !x.values || typeof x.values !== "object") return h("div", { class: "contra" }, genericRecord(x));
  const versions = Object.entries(x.values);
  return h("div", { class: "contra" },
    h("div", {}, h("b", {}, x.fact), ` — ${versions.length} versions`, x.scope === "document" ? h("span", { class: "muted" }, " within one document") : h("span", { class: "muted" }, " across reports"),
      x.cluster_id ? [" · ", h("a", { href: `/clusters/${encodeURIComponent(x.cluster_id)}` }, "cluster")] : null),
    versions.map(([value, claims]) => h("div", { class: "version" },
      h("span", { class: "badge conf" }, value),
      (Array.isArray(claims) ? claims : []).map((c) => h("div", { class: "claim" },
        h("span", { class: "small" }, langBadge(c.language), " ", c.doc_id ? docLink(c.doc_id, c.doc) : c.doc, c.source ? h("span", { class: "muted" }, " · according to ", h("bdi", {}, c.source)) : null, c.disputed ? h("span", { class: "badge hyp" }, "disputed by the writer") : null),
        c.evidence ? h("div", { class: "quote", dir: dirOf(c.language), lang: c.language || null }, c.evidence.text) : null)))));
}

function genericRecord(x) {
  if (x === null || typeof x !== "object") return h("span", { dir: "auto" }, String(x));
  if (Array.isArray(x)) return h("ul", {}, x.map((v) => h("li", {}, genericRecord(v))));
  return h("dl", { class: "kv" }, Object.entries(x).map(([k, v]) => [h("dt", {}, k), h("dd", { dir: "auto" }, typeof v === "object" && v !== null ? genericRecord(v) : String(v))]));
}

// Pairs -------------------------------------------------------------------------------------
async function pagePairs() {
  setTitle("Pairs");
  const m = main();
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Actor pairs")), pairForm("", ""));
  const net = await api("/api/network");
  const edges = net.edges.slice().sort((a, b) => b.weight - a.weight);
  if (!edges.length) { m.append(notice("No pairs of actors in the store yet.")); return; }
  m.append(h("h2", {}, "Most active pairs"), h("table", { class: "grid", id: "pairs" },
    h("thead", {}, h("tr", {}, ["Pair", "Events", "Cooperation", "Conflict", "Mean intensity"].map((x, i) => h("th", { class: i ? "num" : null }, x)))),
    h("tbody", {}, edges.map((e) => h("tr", {},
      h("td", {}, h("a", { href: `/pairs/${e.source}/${e.target}` }, `${e.source} ↔ ${e.target}`)),
      h("td", { class: "num" }, e.weight), h("td", { class: "num" }, e.cooperation ?? "—"), h("td", { class: "num" }, e.conflict ?? "—"),
      h("td", { class: "num" }, fmtNum(e.intensity)))))));
}

function pairForm(a, b) {
  const form = h("form", { class: "filters" },
    h("label", {}, "Actor A", h("input", { name: "a", value: a, placeholder: "RUS", size: 6, required: true })),
    h("label", {}, "Actor B", h("input", { name: "b", value: b, placeholder: "UKR", size: 6, required: true })),
    h("button", { type: "submit" }, "Show timeline"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const A = form.a.value.trim().toUpperCase(), B = form.b.value.trim().toUpperCase();
    if (A && B) location.href = `/pairs/${encodeURIComponent(A)}/${encodeURIComponent(B)}`;
  });
  return form;
}

async function pagePair(a, b) {
  setTitle(`${a} ↔ ${b}`);
  const m = main();
  m.append(h("div", { class: "pagehead" }, h("h1", {}, `${a} ↔ ${b}`), h("span", { class: "sub" }, "cooperation–conflict over time")), pairForm(a, b));
  const data = await api(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  for (const n of data.notes || []) m.append(notice(n));
  m.append(h("div", { class: "small muted" }, `${data.events.length} events · series from ${data.source}`));
  if (data.series.length) m.append(h("div", { class: "chart", id: "timeline" }, timelineChart(data.series, data.changes || [])));
  else m.append(notice("No dated events between these two actors."));

  m.append(h("h2", {}, `Flagged changes (${(data.changes || []).length})`));
  if (!(data.changes || []).length) m.append(h("p", { class: "muted" }, "No sharp change in the index."));
  else m.append(h("table", { class: "grid", id: "changes" }, h("thead", {}, h("tr", {}, ["Period", "Direction", "Index before → after", "Why", "Driving events"].map((x) => h("th", {}, x)))),
    h("tbody", {}, data.changes.map((c) => h("tr", {},
      h("td", { class: "mono" }, c.period),
      h("td", {}, h("span", { class: "badge " + (/(deterior|conflict)/.test(c.direction) ? "conf" : "coop") }, c.direction)),
      h("td", { class: "nowrap" }, c.before !== undefined ? `${fmtNum(c.before)} → ${fmtNum(c.after)}` : fmtNum(c.delta)),
      h("td", {}, c.reason || ""),
      h("td", { class: "evtext" }, (c.units || []).slice(0, 3).map((u) => h("div", { class: "small" }, h("b", {}, u.event_type), " ", (u.evidence || []).slice(0, 1).map((e) => h("span", { dir: "auto", lang: e.language || null }, e.text))))))))));

  m.append(h("h2", {}, "Events by month"));
  const byMonth = new Map();
  for (const ev of data.events) {
    const k = ev.date ? ev.date.slice(0, 7) : "undated";
    if (!byMonth.has(k)) byMonth.set(k, []);
    byMonth.get(k).push(ev);
  }
  if (!byMonth.size) m.append(h("p", { class: "muted" }, "None."));
  for (const [month, evs] of Array.from(byMonth).sort()) {
    m.append(h("h3", {}, month, " ", h("span", { class: "muted small" }, `${evs.length} events`)), eventsTable(evs, { id: "events-" + month }));
  }
  m.append(h("h2", {}, `Dependencies and ties (${data.ties.length})`));
  m.append(data.ties.length ? h("div", { class: "reports" }, data.ties.map(tieCard)) : h("p", { class: "muted" }, "No standing relations recorded between them."));
}

// The timeline: bars for cooperative (up) and conflictual (down) event counts per period,
// a line for the smoothed index on a fixed −10..+10 scale, dashed markers at flagged changes.
function timelineChart(series, changes) {
  const W = 980, H = 320, L = 46, R = 46, T = 18, B = 44;
  const pw = W - L - R, ph = H - T - B, mid = T + ph / 2;
  const n = series.length;
  const step = pw / Math.max(n, 1);
  const x = (i) => L + step * (i + 0.5);
  const maxCount = Math.max(1, ...series.map((r) => Math.max(r.cooperation || 0, r.conflict || 0, (r.cooperation || r.conflict) ? 0 : r.count || 0)));
  const yCount = (c) => (ph / 2) * (c / maxCount);
  const yIdx = (v) => mid - (ph / 2) * (Math.max(-10, Math.min(10, v)) / 10);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "cooperation–conflict timeline" });
  const axis = s("g", { class: "axis" });
  for (const v of [-10, -5, 0, 5, 10]) {
    axis.append(s("line", { x1: L, x2: W - R, y1: yIdx(v), y2: yIdx(v), class: v === 0 ? "zero" : "gridline" }));
    axis.append(s("text", { x: W - R + 6, y: yIdx(v) + 4 }, (v > 0 ? "+" : "") + v));
  }
  axis.append(s("text", { x: L - 6, y: T + 10, "text-anchor": "end" }, String(maxCount)));
  axis.append(s("text", { x: L - 6, y: T + ph, "text-anchor": "end" }, String(maxCount)));
  axis.append(s("text", { x: L - 6, y: mid + 4, "text-anchor": "end" }, "0"));
  axis.append(s("text", { x: 12, y: mid, transform: `rotate(-90 12 ${mid})`, "text-anchor": "middle" }, "events: ↑ cooperation · conflict ↓"));
  axis.append(s("text", { x: W - 10, y: mid, transform: `rotate(90 ${W - 10} ${mid})`, "text-anchor": "middle" }, "index"));
  const every = Math.ceil(n / 14);
  series.forEach((r, i) => { if (i % every === 0 || i === n - 1) axis.append(s("text", { x: x(i), y: H - B + 16, "text-anchor": "middle" }, r.period)); });
  svg.append(axis);

  const bw = Math.max(3, Math.min(28, step * 0.6));
  const bars = s("g", { class: "bars" });
  series.forEach((r, i) => {
    const coop = r.cooperation ?? 0, conf = r.conflict ?? 0;
    const text = tooltipText(r);
    if (coop) bars.append(s("rect", { class: "bar-coop", x: x(i) - bw / 2, y: mid - yCount(coop), width: bw, height: yCount(coop), onmousemove: (e) => tip.show(e, text), onmouseleave: tip.hide }));
    if (conf) bars.append(s("rect", { class: "bar-conf", x: x(i) - bw / 2, y: mid, width: bw, height: yCount(conf), onmousemove: (e) => tip.show(e, text), onmouseleave: tip.hide }));
  });
  svg.append(bars);

  const marks = s("g", {});
  for (const c of changes) {
    const i = series.findIndex((r) => String(r.period) === String(c.period));
    if (i < 0) continue;
    marks.append(s("line", { class: "changemark", x1: x(i), x2: x(i), y1: T, y2: T + ph }));
    marks.append(s("text", { class: "changelabel", x: x(i) + 4, y: T + 10 }, "change"));
  }
  svg.append(marks);

  // The index line breaks where the index is undefined (before the first event).
  let d = "", pen = false;
  series.forEach((r, i) => {
    if (r.index === null || r.index === undefined) { pen = false; return; }
    d += (pen ? "L" : "M") + x(i).toFixed(1) + " " + yIdx(r.index).toFixed(1) + " ";
    pen = true;
  });
  if (d) svg.append(s("path", { class: "line-index", d }));
  const pts = s("g", { class: "points" });
  series.forEach((r, i) => {
    if (r.index === null || r.index === undefined) return;
    const text = tooltipText(r);
    pts.append(s("circle", { class: "pt " + (r.index > 0 ? "pos" : r.index < 0 ? "neg" : ""), cx: x(i), cy: yIdx(r.index), r: 4, "data-period": r.period,
      onmousemove: (e) => tip.show(e, text), onmouseleave: tip.hide,
      onclick: () => { const el = document.getElementById("events-" + String(r.period).slice(0, 7)); if (el) el.scrollIntoView({ behavior: "smooth" }); } }));
  });
  svg.append(pts);
  const wrap = document.createDocumentFragment();
  wrap.append(svg, h("div", { class: "legend" },
    h("span", {}, h("i", { class: "l-coop" }), "cooperative events"), h("span", {}, h("i", { class: "l-conf" }), "conflictual events"),
    h("span", {}, h("i", { class: "l-line" }), "smoothed index (−10 conflict … +10 cooperation)"), h("span", {}, h("i", { class: "l-change" }), "flagged change")));
  return wrap;
}

function tooltipText(r) {
  const lines = [String(r.period), `events: ${r.count ?? r.events ?? 0}  (cooperation ${r.cooperation ?? 0}, conflict ${r.conflict ?? 0})`];
  if (r.intensity !== null && r.intensity !== undefined) lines.push(`mean intensity: ${fmtNum(r.intensity)}`);
  if (r.index !== null && r.index !== undefined) lines.push(`index: ${fmtNum(r.index, 2)}`);
  if (r.negated) lines.push(`negated: ${r.negated}`);
  if (r.hypothetical) lines.push(`hypothetical: ${r.hypothetical}`);
  return lines.join("\n");
}

// Network ------------------------------------------------------------------------------------
async function pageNetwork() {
  setTitle("Network");
  const p = params();
  const m = main();
  const form = h("form", { class: "filters", method: "get", action: "/network" },
    h("label", {}, "Since", h("input", { name: "since", value: p.get("since") || "", placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    h("label", {}, "Until", h("input", { name: "until", value: p.get("until") || "", placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    h("button", { type: "submit" }, "Show"),
    h("span", { class: "legend" }, h("span", {}, h("i", { class: "l-coop" }), "mostly cooperation"), h("span", {}, h("i", { class: "l-conf" }), "mostly conflict"), h("span", {}, h("i", { class: "l-neutral" }), "mixed"), "line width = events"));
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Actor network"), h("span", { class: "sub", id: "netcount" })), form);
  const data = await api("/api/network", { since: p.get("since"), until: p.get("until") });
  for (const n of data.notes || []) m.append(notice(n));
  $("#netcount").textContent = `${data.nodes.length} actors · ${data.edges.length} pairs`;
  const side = h("aside", { class: "side" }, h("div", { class: "panel", id: "netdetail" }, h("h2", {}, "Details"), h("p", { class: "muted" }, "Click an actor or a line to list its events.")));
  if (!data.nodes.length) { m.append(notice("No interactions between actors in this period.")); return; }
  m.append(h("div", { class: "netwrap" }, h("div", { class: "net", id: "network" }, networkSvg(data, p, side)), side));
}

// A small force-directed layout: pairs pull together in proportion to how much they
// interact, all nodes push apart, a weak pull keeps the graph centred. Positions start on
// a circle in a fixed order and the simulation runs a fixed number of steps before
// drawing, so the same data always gives the same picture.
function layout(nodes, edges, W, H) {
  const N = nodes.length;
  const pos = nodes.map((nd, i) => ({ x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / N), y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / N), vx: 0, vy: 0 }));
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight || 1]).filter((l) => l[0] !== undefined && l[1] !== undefined);
  const k = Math.sqrt((W * H) / Math.max(N, 1)) * 0.55;
  const maxW = Math.max(1, ...links.map((l) => l[2]));
  for (let it = 0; it < 400; it++) {
    const temp = 1 - it / 400;
    for (let i = 0; i < N; i++) { pos[i].vx = 0; pos[i].vy = 0; }
    for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      let d2 = dx * dx + dy * dy;
      if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
      // Repulsion is local: otherwise separate groups of actors (India–Pakistan apart
      // from the rest) push each other to the corners and squeeze everything else.
      if (d2 > 9 * k * k) continue;
      const f = (k * k) / d2;
      pos[i].vx += dx * f; pos[i].vy += dy * f; pos[j].vx -= dx * f; pos[j].vy -= dy * f;
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      const f = (d / k) * (0.6 + 0.8 * (w / maxW));
      pos[a].vx -= dx * f; pos[a].vy -= dy * f; pos[b].vx += dx * f; pos[b].vy += dy * f;
    }
    for (let i = 0; i < N; i++) {
      pos[i].vx += (W / 2 - pos[i].x) * 0.05; pos[i].vy += (H / 2 - pos[i].y) * 0.05;
      const v = Math.sqrt(pos[i].vx ** 2 + pos[i].vy ** 2) || 1;
      const lim = Math.min(v, 30 * temp + 1);
      pos[i].x += (pos[i].vx / v) * lim; pos[i].y += (pos[i].vy / v) * lim;
    }
  }
  // Fit into the box with a margin for labels.
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const sx = (W - 80) / Math.max(maxX - minX, 1), sy = (H - 80) / Math.max(maxY - minY, 1);
  const sc = Math.min(sx, sy);
  return pos.map((p) => ({ x: 40 + (p.x - minX) * sc + ((W - 80) - (maxX - minX) * sc) / 2, y: 40 + (p.y - minY) * sc + ((H - 80) - (maxY - minY) * sc) / 2 }));
}

function edgeSide(e) {
  const coop = e.cooperation || 0, conf = e.conflict || 0;
  if (coop + conf === 0) return e.intensity > 0 ? "coop" : e.intensity < 0 ? "conf" : "mixed";
  if (coop >= 2 * conf) return "coop";
  if (conf >= 2 * coop) return "conf";
  return "mixed";
}

function networkSvg(data, p, side) {
  const W = 900, H = 640;
  const pos = layout(data.nodes, data.edges, W, H);
  const at = new Map(data.nodes.map((nd, i) => [nd.id, pos[i]]));
  const maxW = Math.max(1, ...data.edges.map((e) => e.weight || 1));
  const maxN = Math.max(1, ...data.nodes.map((nd) => nd.events || 1));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const eg = s("g", { class: "edges" });
  for (const e of data.edges) {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) continue;
    const text = `${e.source} ↔ ${e.target}\nevents: ${e.weight}  (cooperation ${e.cooperation ?? "?"}, conflict ${e.conflict ?? "?"})\nmean intensity: ${fmtNum(e.intensity)}`;
    const line = s("line", { class: "edge " + edgeSide(e), x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": 1.5 + 7 * ((e.weight || 1) / maxW), "data-pair": `${e.source}-${e.target}`,
      onmousemove: (ev) => tip.show(ev, text), onmouseleave: tip.hide,
      onclick: () => { select(line); showPair(e.source, e.target, p, side); } });
    eg.append(line);
  }
  svg.append(eg);
  const ng = s("g", { class: "nodes" });
  data.nodes.forEach((nd, i) => {
    const r = 9 + 12 * Math.sqrt((nd.events || 1) / maxN);
    const g = s("g", { class: "node", "data-id": nd.id, transform: `translate(${pos[i].x.toFixed(1)} ${pos[i].y.toFixed(1)})`,
      onmousemove: (ev) => tip.show(ev, `${nd.name || nd.label || nd.id} (${nd.id})\n${nd.events} events`), onmouseleave: tip.hide,
      onclick: () => { select(g); showActor(nd, p, side); } },
    s("circle", { r }), s("text", { y: 4 }, nd.id));
    ng.append(g);
  });
  svg.append(ng);
  function select(el) {
    for (const x of $$(".sel", svg)) x.classList.remove("sel");
    el.classList.add("sel");
  }
  return svg;
}

async function showPair(a, b, p, side) {
  const panel = clear($("#netdetail", side));
  panel.append(h("h2", {}, `${a} ↔ ${b}`), h("p", {}, h("a", { href: `/pairs/${a}/${b}` }, "Timeline of this pair →")));
  const q = { since: p.get("since"), until: p.get("until") };
  const [ab, ba] = await Promise.all([api("/api/events", { ...q, actor: a, recipient: b }), api("/api/events", { ...q, actor: b, recipient: a })]);
  const seen = new Set();
  const evs = ab.items.concat(ba.items).filter((e) => !seen.has(e.id) && seen.add(e.id)).sort((x, y) => (x.date || "").localeCompare(y.date || ""));
  panel.append(eventCards(evs));
}

async function showActor(nd, p, side) {
  const panel = clear($("#netdetail", side));
  panel.append(h("h2", {}, nd.name ? `${nd.name} (${nd.id})` : nd.id), h("p", {}, h("a", { href: `/events?actor=${nd.id}` }, "as actor"), " · ", h("a", { href: `/events?recipient=${nd.id}` }, "as recipient")));
  const q = { since: p.get("since"), until: p.get("until") };
  const [x, y] = await Promise.all([api("/api/events", { ...q, actor: nd.id }), api("/api/events", { ...q, recipient: nd.id })]);
  const seen = new Set();
  const evs = x.items.concat(y.items).filter((e) => !seen.has(e.id) && seen.add(e.id)).sort((a, b) => (a.date || "").localeCompare(b.date || ""));
  panel.append(eventCards(evs));
}

function eventCards(evs) {
  if (!evs.length) return h("p", { class: "muted" }, "No events.");
  return h("div", { class: "evcards" }, h("p", { class: "small muted" }, evs.length === 1 ? "1 event" : `${evs.length} events`), evs.map((ev) => h("div", { class: "card " + truthClass(ev) },
    h("div", { class: "row" }, typeBadge(ev), truthBadges(ev), h("span", { class: "small mono muted" }, ev.date || "undated"), langBadge(ev.language)),
    h("div", { class: "small" }, entities(ev.actor), " → ", entities(ev.recipient)),
    h("div", { class: "evq clip bidi", dir: "auto", lang: ev.language || null }, ev.evidence.text),
    h("div", { class: "small" }, docLink(ev.doc_id, ev.doc, "#ev-" + ev.id)))));
}

// Search ----------------------------------------------------------------------------------------
async function pageSearch() {
  setTitle("Search");
  const p = params();
  const qv = p.get("q") || "";
  const m = main();
  const form = h("form", { class: "filters", method: "get", action: "/search", id: "searchform" },
    h("label", {}, "Words (all must occur; end a word with * for a prefix)", h("input", { name: "q", value: qv, dir: "auto", size: 40, autofocus: true })),
    h("label", {}, "Documents in", langSelect("lang", p.get("lang"), "all languages")),
    h("button", { type: "submit" }, "Search"));
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Search"), h("span", { class: "sub" }, "Hebrew and Arabic words are found with their prefixes (", h("bdi", { lang: "he" }, "ו ל ב ה"), "; ", h("bdi", { lang: "ar" }, "و ب ال"), "), Russian words in every case")), form);
  if (!qv.trim()) return;
  const data = await api("/api/search", { q: qv, lang: p.get("lang") });
  m.append(h("div", { class: "keys" }, "Looked up as: ", data.keys.map((ks, i) => [i ? " AND " : "", h("span", { dir: "auto", class: "mono" }, ks.join(" | "))]), ` — ${data.total} documents`));
  if (!data.total) { m.append(notice("Nothing found.")); return; }
  const list = h("div", { id: "results" });
  for (const r of data.items) {
    const hl = r.hits.slice(0, 50).map((x) => `${x.start}-${x.end}`).join(",");
    list.append(h("div", { class: "result", "data-doc": r.doc_id },
      h("div", { class: "row" }, langBadge(r.language), " ", h("span", { class: "mono small muted" }, r.date || ""), " ",
        h("a", { href: `/documents/${r.doc_id}?hl=${hl}`, dir: "auto", lang: r.language || null }, r.title || r.name), " ",
        h("span", { class: "small muted" }, `${r.hits.length} hits · ${r.name}`)),
      r.snippets.map((sn) => h("p", { class: "snip", dir: "auto", lang: r.language || null }, sn.before, h("mark", { class: "hit" }, sn.match), sn.after))));
  }
  m.append(list);
}

// Upload -----------------------------------------------------------------------------------------
async function pageUpload() {
  setTitle("Add documents");
  const m = main();
  const exts = (STATS && STATS.upload_extensions) || [".txt", ".html", ".htm", ".pdf"];
  const limit = (STATS && STATS.max_upload_bytes) || 20000000;
  const fileInput = h("input", { type: "file", id: "files", multiple: true, accept: exts.join(",") });
  const drop = h("div", { class: "drop", id: "drop" }, h("p", {}, "Drop files here or "), fileInput,
    h("p", { class: "small" }, `${exts.join(" ")} · up to ${(limit / 1e6).toFixed(0)} MB each · one bad file never stops the others`));
  const date = h("input", { name: "date", id: "date", placeholder: "YYYY-MM-DD (optional: use for all)", size: 24 });
  const pasteName = h("input", { id: "pastename", placeholder: "e.g. haaretz-2025-06-13.txt", dir: "auto" });
  const pasteText = h("textarea", { id: "pastetext", dir: "auto", placeholder: "Paste an article in Hebrew, Arabic, Russian or English…" });
  const goFiles = h("button", { type: "button", id: "uploadfiles" }, "Add files");
  const goText = h("button", { type: "button", id: "uploadtext" }, "Add pasted text");
  const results = h("tbody", {});
  m.append(h("div", { class: "pagehead" }, h("h1", {}, "Add documents"), h("span", { class: "sub" }, "files are read, coded and stored here; nothing leaves this machine")),
    h("div", { class: "uploadgrid" },
      h("div", { class: "panel" }, h("h2", {}, "Files"), drop, h("label", { class: "field" }, "Publication date", date), goFiles),
      h("div", { class: "panel" }, h("h2", {}, "Paste text"), h("label", { class: "field" }, "Name", pasteName), pasteText, h("p", {}, goText))),
    h("h2", {}, "Results"),
    h("table", { class: "grid", id: "uploads" }, h("thead", {}, h("tr", {}, ["File", "Progress", "Status", "Language", "Events", "Actors", "Message"].map((x) => h("th", {}, x)))), results));

  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); sendFiles(Array.from(e.dataTransfer.files)); });
  goFiles.addEventListener("click", () => sendFiles(Array.from(fileInput.files)));
  goText.addEventListener("click", async () => {
    if (!pasteText.value.trim()) return;
    const fd = new FormData();
    fd.append("text", pasteText.value);
    if (pasteName.value.trim()) fd.append("name", pasteName.value.trim());
    if (date.value.trim()) fd.append("date", date.value.trim());
    goText.disabled = true;
    await sendOne(pasteName.value.trim() || "pasted text", fd);
    goText.disabled = false;
    loadStats();
  });

  async function sendFiles(files) {
    if (!files.length) return;
    goFiles.disabled = true;
    // One request per file: each gets its own progress bar and its own verdict.
    for (const f of files) {
      const fd = new FormData();
      fd.append("files", f, f.name);
      if (date.value.trim()) fd.append("date", date.value.trim());
      await sendOne(f.name, fd);
    }
    goFiles.disabled = false;
    fileInput.value = "";
    loadStats();
  }

  function sendOne(label, fd) {
    const bar = h("div", {});
    const prog = h("div", { class: "progress" }, bar);
    const status = h("td", {}, "uploading…");
    const cells = { lang: h("td", {}), ev: h("td", { class: "num" }), men: h("td", { class: "num" }), msg: h("td", {}) };
    const tr = h("tr", { "data-name": label }, h("td", { dir: "auto" }, label), h("td", {}, prog), status, cells.lang, cells.ev, cells.men, cells.msg);
    results.append(tr);
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/upload");
      xhr.responseType = "json";
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.style.width = Math.round((e.loaded / e.total) * 90) + "%"; };
      xhr.upload.onload = () => { status.textContent = "processing…"; };
      xhr.onload = () => {
        bar.style.width = "100%";
        const body = xhr.response || {};
        const rs = body.results || [];
        if (xhr.status !== 200 || !rs.length) {
          fail(typeof body.detail === "string" ? body.detail : "upload failed (" + xhr.status + ")");
        } else {
          const r = rs[0];
          if (!r.ok) fail(r.error);
          else {
            prog.classList.add("done");
            clear(status).append(h("span", { class: "badge ok" }, r.status === "new" ? "added" : "already stored"));
            cells.lang.append(langBadge(r.language));
            cells.ev.textContent = r.events;
            cells.men.textContent = r.mentions;
            append(cells.msg, [docLink(r.doc_id, "open"), (r.quality || []).map((q) => [" ", h("span", { class: "badge flag", title: q }, "⚠ quality")])]);
          }
        }
        resolve();
      };
      xhr.onerror = () => { fail("network error"); resolve(); };
      xhr.send(fd);
    });
    function fail(msg) {
      prog.classList.add("failed");
      tr.classList.add("failed");
      clear(status).append(h("span", { class: "badge bad" }, "error"));
      cells.msg.textContent = msg;
      bar.style.width = "100%";
    }
  }
}

// API reference ---------------------------------------------------------------------------------
async function pageAbout() {
  setTitle("API");
  const m = main();
  const spec = await api("/api/openapi.json");
  m.append(h("div", { class: "pagehead" }, h("h1", {}, spec.info.title), h("span", { class: "sub" }, "version " + spec.info.version, " · ", h("a", { href: "/api/openapi.json" }, "OpenAPI JSON"))),
    h("p", {}, spec.info.description));
  const rows = [];
  for (const [path, ops] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(ops)) {
    rows.push(h("tr", {}, h("td", { class: "mono" }, method.toUpperCase()), h("td", { class: "mono" }, path), h("td", {}, op.summary || ""),
      h("td", { class: "small" }, (op.parameters || []).filter((x) => x.in === "query").map((x, i) => [i ? ", " : "", h("code", { title: (x.description || "") }, x.name)]),
        op.requestBody ? h("span", { class: "muted" }, " multipart form") : null)));
  }
  m.append(h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Method", "Path", "What", "Parameters"].map((x) => h("th", {}, x)))), h("tbody", {}, rows)),
    h("p", { class: "small muted" }, "With a token set, send it as “Authorization: Bearer TOKEN”. CSV: /api/events?format=csv."));
}
