// The casus dashboard: a single page over the JSON API of `casus serve`
// (GET /api lists it). Views: overview (#/overview), one dyad (#/dyad/A-B)
// and the map (#/map); the filters live in the URL's hash query, so a view
// can be bookmarked. Text from the database is put in the page as text
// nodes only (never as HTML).
'use strict';

const FILTERS = ['actor', 'code', 'root', 'from', 'to', 'place', 'q'];
const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict',
  'material conflict'];
const QUAD_COLORS = ['', '#43a047', '#1b5e20', '#fb8c00', '#c62828'];
const $ = (sel) => document.querySelector(sel);

const state = { view: 'overview', dyad: '', filters: {}, eventsQuery: {}, offset: 0 };
// Exposed for the browser tests (tests/browser/dashboard.mjs).
window.casus = { state, plots: {}, ready: false, loads: 0 };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function showError(msg) {
  const e = $('#error');
  e.textContent = msg || '';
  e.hidden = !msg;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) qs.set(k, v);
  const r = await fetch(path + (qs.toString() ? '?' + qs : ''));
  const body = await r.json().catch(() => ({ error: 'bad response' }));
  if (!r.ok) {
    const err = new Error(body.error || r.statusText);
    err.status = r.status;
    throw err;
  }
  return body;
}

// ------------------------------------------------------------------ routing

function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  const parts = (path || 'overview').split('/');
  const filters = {};
  const qs = new URLSearchParams(query || '');
  for (const k of FILTERS) if (qs.get(k)) filters[k] = qs.get(k);
  return { view: parts[0] || 'overview', dyad: decodeURIComponent(parts[1] || ''), filters };
}

function hashFor(view, dyad, filters) {
  const qs = new URLSearchParams();
  for (const k of FILTERS) if (filters[k]) qs.set(k, filters[k]);
  const q = qs.toString();
  return '#/' + view + (dyad ? '/' + encodeURIComponent(dyad) : '') + (q ? '?' + q : '');
}

function go(view, dyad, filters) {
  const h = hashFor(view, dyad, filters === undefined ? state.filters : filters);
  // The same address fires no hashchange: load again all the same.
  if (h === location.hash) route();
  else location.hash = h;
}

async function route() {
  const r = parseHash();
  Object.assign(state, r);
  for (const k of FILTERS) $('#filters').elements[k].value = state.filters[k] || '';
  for (const v of ['overview', 'dyad', 'map']) $('#view-' + v).hidden = v !== state.view;
  for (const v of ['overview', 'map']) {
    $('#nav-' + v).classList.toggle('active', v === state.view);
    $('#nav-' + v).setAttribute('href', hashFor(v, '', state.filters));  // filters kept
  }
  showError('');
  window.casus.ready = false;
  try {
    if (state.view === 'dyad') await showDyad();
    else if (state.view === 'map') await showMap();
    else await showOverview();
  } catch (e) {
    showError(e.message);
  }
  window.casus.ready = true;
  window.casus.loads++;
}

// ---------------------------------------------------------------- overview

function toSeconds(day) { return Date.parse(day + 'T00:00:00Z') / 1000; }
function fromSeconds(s) { return new Date(s * 1000).toISOString().slice(0, 10); }

function drawPlot(id, opts, data, onDay) {
  const host = $('#' + id);
  if (window.casus.plots[id]) window.casus.plots[id].destroy();
  host.textContent = '';
  if (!data[0].length) {
    host.append(el('p', { class: 'hint', text: 'No events match.' }));
    window.casus.plots[id] = null;
    return;
  }
  // Half a day of room at both ends, so that the first and last bars show whole.
  opts.scales = Object.assign({ x: { time: true,
    range: (u, min, max) => [min - 43200, max + 43200] } }, opts.scales || {});
  opts.width = Math.max(300, host.clientWidth || 800);
  opts.height = 300;
  const u = new uPlot(opts, data, host);
  u.over.addEventListener('click', () => {
    const i = u.cursor.idx;
    if (i != null) onDay(fromSeconds(u.data[0][i]));
  });
  window.casus.plots[id] = u;
}

// The escalation scores are computed per dyad over canonical events: of the
// filters, only the actor and the dates apply to them.
function trendFilters() {
  const f = state.filters;
  return { actor: f.actor, from: f.from, to: f.to };
}

async function showOverview() {
  const [daily, rising, alerts] = await Promise.all([
    api('/api/daily', state.filters),
    api('/api/rising', trendFilters()).catch((e) => ({ unavailable: e.message })),
    api('/api/alerts', trendFilters()).catch((e) => ({ unavailable: e.message })),
  ]);
  const days = daily.days;
  const data = [days.map((d) => toSeconds(d.date))];
  for (let q = 1; q <= 4; q++) data.push(days.map((d) => d['q' + q]));
  const series = [{}];
  for (let q = 1; q <= 4; q++)
    series.push({ label: QUAD_NAMES[q], stroke: QUAD_COLORS[q], width: 1.5,
      points: { show: days.length < 60 } });
  drawPlot('daily-chart', { series, axes: [{}, { label: 'events' }] }, data,
    (day) => listEvents({ ...state.filters, from: day, to: day }, 'on ' + day));
  renderRising(rising);
  renderAlerts(alerts);
  setCount(days.reduce((n, d) => n + d.events, 0));
  await listEvents(state.filters, '');
}

function dyadLink(dyad, text) {
  return el('a', { href: hashFor('dyad', dyad, state.filters), text: text || dyad });
}

function renderRising(r) {
  const head = $('#rising thead'), body = $('#rising tbody');
  head.textContent = '';
  body.textContent = '';
  const rows = r.dyads || [];
  if (r.unavailable || !rows.length) {
    body.append(el('tr', {}, el('td', { text: r.unavailable ? 'No trends: ' + r.unavailable
      : 'No dyad has enough events for a score.' })));
    return;
  }
  head.append(el('tr', {}, el('th', { text: 'dyad' }), el('th', { class: 'num', text: 'score' }),
    el('th', { class: 'num', text: 'events (latest)' }), el('th', { text: 'period' })));
  for (const d of rows) {
    const tr = el('tr', { class: 'dyad', 'data-dyad': d.dyad },
      el('td', {}, dyadLink(d.dyad)),
      el('td', { class: 'num', text: d.score == null ? '–' : d.score.toFixed(1) }),
      el('td', { class: 'num', text: String(d.events) }),
      el('td', { text: d.period || '' }));
    tr.addEventListener('click', () => go('dyad', d.dyad));
    body.append(tr);
  }
}

function renderAlerts(r) {
  const ul = $('#alerts');
  ul.textContent = '';
  const rows = r.alerts || [];
  if (r.unavailable || !rows.length) {
    ul.append(el('li', { class: 'hint', text: r.unavailable ? 'No alerts: ' + r.unavailable
      : 'No dyad crosses the alert threshold.' }));
    return;
  }
  for (const a of rows)
    ul.append(el('li', { class: 'alert' }, dyadLink(a.dyad),
      ' escalation score ' + a.score.toFixed(1) + ' in the period from ' + a.period +
      ' (' + a.events + ' events)'));
}

function setCount(n) {
  $('#match-count').textContent = n + ' events match';
  $('#match-count').dataset.count = n;
}

// -------------------------------------------------------------------- dyad

async function showDyad() {
  const dyad = state.dyad;
  $('#dyad-title').textContent = dyad.replace('-', ' – ').replace('>', ' → ');
  const f = { ...state.filters, dyad };
  const [daily, trend] = await Promise.all([
    api('/api/daily', f),
    api('/api/trends', { dyad, actor: f.actor, from: f.from, to: f.to, by: 'week', limit: 3 })
      .catch(() => null),
  ]);
  const days = daily.days;
  const data = [days.map((d) => toSeconds(d.date)), days.map((d) => d.events),
    days.map((d) => d.goldstein_mean)];
  const bars = uPlot.paths.bars({ size: [0.6, 40] });
  const series = [{}, { label: 'events', stroke: '#546e7a', fill: 'rgba(84,110,122,.35)',
    paths: bars, points: { show: false } },
  { label: 'mean Goldstein', stroke: '#c62828', width: 2, scale: 'g' }];
  const axes = [{}, { label: 'events' }, { side: 1, scale: 'g', label: 'Goldstein',
    grid: { show: false } }];
  drawPlot('dyad-chart', { series, axes, scales: { g: { range: [-10, 10] } } }, data,
    (day) => listEvents({ ...f, from: day, to: day }, 'of ' + dyad + ' on ' + day));
  // /api/trends gives the dyad both ways and each direction: show the one asked for.
  const t = trend && trend.trends && trend.trends.find((x) => x.dyad === dyad);
  const last = t && t.periods && t.periods[t.periods.length - 1];
  $('#dyad-score').textContent = !t ? '' : t.score == null
    ? 'No escalation score: ' + t.guard
    : 'Escalation score ' + t.score.toFixed(1) + ' in the week from ' + last.start +
      ' (conflict intensity ' + last.intensity.toFixed(1) + ' against a baseline median of ' +
      t.baseline_median.toFixed(1) + ')';
  setCount(days.reduce((n, d) => n + d.events, 0));
  await listEvents(f, 'of ' + dyad);
}

// --------------------------------------------------------------------- map

let world = null;

async function showMap() {
  if (!world) world = await (await fetch('lib/countries-110m.json')).json();
  const m = await api('/api/map', state.filters);
  const map = $('#map');
  map.textContent = '';
  const ns = 'http://www.w3.org/2000/svg';
  const projection = d3.geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const add = (tag, attrs) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    map.append(e);
    return e;
  };
  add('path', { class: 'sphere', d: path({ type: 'Sphere' }) });
  for (const c of topojson.feature(world, world.objects.countries).features)
    add('path', { class: 'country', d: path(c) });
  // Area proportional to mentions, the busiest place 25 px across at most.
  const most = Math.max(1, ...m.points.map((p) => p.events));
  for (const p of m.points) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const c = add('circle', { class: 'point', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1),
      r: (2.5 + 22 * Math.sqrt(p.events / most)).toFixed(1), 'data-name': p.name || '' });
    const title = document.createElementNS(ns, 'title');
    title.textContent = (p.name || '?') + ' (' + (p.country || '') + '): ' + p.events +
      ' mentions in ' + p.articles + ' articles';
    c.append(title);
    c.addEventListener('click', () =>
      listEvents({ ...state.filters, place: p.name }, 'in ' + p.name));
  }
  $('#map-count').textContent = m.placed + ' of ' + m.events + ' events have a place; ' +
    m.points.length + ' places on the map';
  $('#map-countries').textContent = m.countries.length ? 'Country-level places (no point): ' +
    m.countries.slice(0, 12).map((c) => c.country + ' ' + c.events).join(', ') : '';
  setCount(m.events);
  await listEvents(state.filters, '');
}

// ------------------------------------------------------------------ events

// The sentence with the verb phrase (evidence.char_span, in code points) and
// the actors' words marked.
function sentenceNode(ev) {
  const chars = Array.from(ev.sentence || '');
  const marks = [];
  const span = ev.evidence && ev.evidence.char_span;
  if (span && span[1] > span[0]) marks.push([span[0], span[1], 'verb']);
  for (const a of [ev.source, ev.target]) {
    if (!a || !a.text) continue;
    const at = indexOfChars(chars, Array.from(a.text));
    if (at >= 0 && !marks.some((m) => at < m[1] && at + Array.from(a.text).length > m[0]))
      marks.push([at, at + Array.from(a.text).length, 'actor']);
  }
  marks.sort((x, y) => x[0] - y[0]);
  const p = el('div', { class: 'sentence' });
  let i = 0;
  for (const [b, e, cls] of marks) {
    p.append(chars.slice(i, b).join(''));
    p.append(el('mark', { class: cls, text: chars.slice(b, e).join('') }));
    i = e;
  }
  p.append(chars.slice(i).join(''));
  return p;
}

function indexOfChars(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function actorText(a) { return a ? a.code + (a.text ? ' (' + a.text + ')' : '') : '–'; }

function eventNode(row) {
  const ev = row.event, art = row.article || {};
  const head = el('div', { class: 'head' },
    el('span', { class: 'badge q' + ev.quad_class, text: ev.cameo + ' ' + QUAD_NAMES[ev.quad_class] }),
    el('span', { class: 'badge', text: 'Goldstein ' + ev.goldstein }),
    el('span', { class: 'badge ' + ev.modality, text: ev.modality }),
    ev.negated ? el('span', { class: 'badge negated', text: 'negated' }) : null,
    (ev.date || 'undated') + ' · ' + actorText(ev.source) + ' → ' + actorText(ev.target));
  const foot = el('div', { class: 'head' });
  if (ev.attributed_to) foot.append('according to ' + actorText(ev.attributed_to) + ' · ');
  if (ev.location) foot.append('at ' + ev.location.name + ' · ');
  const title = art.title || ev.article_id;
  const url = art.url && /^https?:\/\//.test(art.url) ? art.url
    : '/api/article?id=' + encodeURIComponent(ev.article_id);
  foot.append(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'article',
    text: title }));
  if (art.source) foot.append(' · ' + art.source);
  return el('li', { class: 'event', 'data-event-id': ev.event_id }, head, sentenceNode(ev), foot);
}

async function listEvents(query, scope) {
  state.eventsQuery = query;
  state.offset = 0;
  $('#events').textContent = '';
  $('#events-scope').textContent = scope;
  await moreEvents();
}

async function moreEvents() {
  const r = await api('/api/events', { ...state.eventsQuery, limit: 50, offset: state.offset });
  for (const row of r.events) $('#events').append(eventNode(row));
  state.offset += r.events.length;
  $('#events-scope').dataset.total = r.total;
  $('#events-scope').textContent = ($('#events-scope').textContent.split(' (')[0]) +
    ' (' + r.total + ')';
  $('#more').hidden = state.offset >= r.total;
}

// ------------------------------------------------------------------- start

async function start() {
  const meta = await api('/api/meta');
  $('#meta').textContent = meta.database + ': ' + meta.events + ' events from ' + meta.articles +
    ' articles' + (meta.first ? ', ' + meta.first + ' to ' + meta.last : '');
  const root = $('#filters').elements.root;
  for (const r of meta.roots) root.append(el('option', { value: r.root, text: r.root + ' (' + r.events + ')' }));
  for (const p of meta.parties) $('#parties').append(el('option', { value: p.party }));
  $('#filters').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = {};
    for (const k of FILTERS) {
      const v = $('#filters').elements[k].value.trim();
      if (v) f[k] = v;
    }
    go(state.view, state.dyad, f);
  });
  $('#clear').addEventListener('click', () => go(state.view, state.dyad, {}));
  $('#more').addEventListener('click', () => moreEvents().catch((e) => showError(e.message)));
  window.addEventListener('hashchange', route);
  await route();
}

start().catch((e) => { showError(e.message); window.casus.ready = true; });
