// The web app's entry: signs the person in, keeps the view in step with the address, draws the analytics and keeps
// them live.

import * as analytics from './modules/analytics.js';
import { appConfig, currencies as loadCurrencies, SignInNeeded, zones as loadZones } from './modules/api.js';
import * as auth from './modules/auth.js';
import { openDrill } from './modules/drill.js';
import { renderForm } from './modules/entry.js';
import { readsAnalytics, writableKinds, zonesFor } from './modules/kinds.js';
import { renderRecords } from './modules/myrecords.js';
import { renderUpload } from './modules/upload.js';
import { h, replace } from './modules/dom.js';
import { formatCount } from './modules/exact.js';
import { formatDate, formatTime, localeOf, t } from './modules/i18n.js';
import { follow } from './modules/live.js';
import { dateRange, readState, rememberLanguage, writeState } from './modules/state.js';

const $ = id => document.getElementById(id);
const app = {
  state: readState(location.search, localStorage), config: { oidc: null }, zoneNames: {}, stopLive: null,
  generation: 0, reloadTimer: null, drawn: null, eventsSeen: null, zoneIds: [], currencies: null,
};

function L(key, values) {
  return t(app.state.lang, key, values);
}

function zoneName(id) {
  return app.zoneNames[id] || id;
}

/** The address of the view with {@code patch} applied to the state. */
function href(patch) {
  return location.pathname + writeState({ ...app.state, ...patch });
}

function navigate(patch, replaceEntry = false) {
  app.state = { ...app.state, ...patch };
  if (patch.lang) rememberLanguage(localStorage, patch.lang);
  const address = location.pathname + writeState(app.state);
  if (replaceEntry) history.replaceState(null, '', address);
  else history.pushState(null, '', address);
  show();
}

function translateShell() {
  const lang = app.state.lang;
  document.documentElement.lang = lang;
  document.title = L('appTitle');
  $('skip').textContent = L('skip');
  $('brand').textContent = L('appTitle');
  $('nav-analytics').textContent = L('navAnalytics');
  $('nav-record').textContent = L('navRecord');
  $('nav-upload').textContent = L('navUpload');
  $('nav-records').textContent = L('navRecords');
  $('lang-label').textContent = L('language');
  $('lang').value = lang;
  $('sign-out').textContent = L('signOut');
  $('signin-title').textContent = L('signInTitle');
  $('signin-intro').textContent = L('signInIntro');
  $('signin-oidc').textContent = L('signInOidc');
  $('token-label').textContent = L('tokenLabel');
  $('token-submit').textContent = L('tokenSubmit');
  $('filters-title').textContent = L('filters');
  $('period-label').textContent = L('period');
  $('year-label').textContent = L('year');
  $('quarter-label').textContent = L('quarter');
  $('from-label').textContent = L('from');
  $('to-label').textContent = L('to');
  $('apply').textContent = L('apply');
  $('currency-label').textContent = L('currency');
  replace($('period'), ...[['published', 'periodPublished'], ['all', 'periodAll'], ['year', 'periodYear'],
    ['quarter', 'periodQuarter'], ['custom', 'periodCustom']].map(([value, key]) => h('option', { value }, L(key))));
  const thisYear = new Date().getUTCFullYear();
  const years = [];
  for (let y = thisYear; y >= 2011; y--) years.push(h('option', { value: String(y) }, String(y)));
  replace($('year'), ...years);
  [...$('quarter').options].forEach(o => { o.textContent = L('quarterLabel', { q: o.value, year: '' }).replace(/^[,\s]+|[,\s]+$/g, ''); });
  showLiveState($('live').dataset.state);
}

function showFilters() {
  const s = app.state;
  $('period').value = s.period;
  $('year-field').hidden = !(s.period === 'year' || s.period === 'quarter');
  $('quarter-field').hidden = s.period !== 'quarter';
  $('from-field').hidden = $('to-field').hidden = $('apply').hidden = s.period !== 'custom';
  $('year').value = s.year || String(new Date().getUTCFullYear() - 1);
  $('quarter').value = s.quarter || '1';
  $('from').value = s.from || '';
  $('to').value = s.to || '';
  $('currency-azn').checked = s.currency === 'AZN';
  $('currency-usd').checked = s.currency === 'USD';
  const { from, to } = dateRange(s);
  const lang = s.lang;
  const range = from && to ? L('rangeBetween', { from: formatDate(lang, from), to: formatDate(lang, to) })
    : to ? L('rangeTo', { to: formatDate(lang, to) }) : from ? L('rangeFrom', { from: formatDate(lang, from) }) : L('rangeAll');
  $('range').textContent = L('showing', { range });
}

function wireFilters() {
  $('period').addEventListener('change', e => {
    const period = e.target.value;
    const patch = { period };
    if ((period === 'year' || period === 'quarter') && !app.state.year) patch.year = $('year').value;
    if (period === 'quarter' && !app.state.quarter) patch.quarter = $('quarter').value;
    if (period === 'custom') {
      const { from, to } = dateRange(app.state);
      patch.from = app.state.from || from;
      patch.to = app.state.to || to;
    }
    navigate(patch);
  });
  $('year').addEventListener('change', e => navigate({ year: e.target.value }));
  $('quarter').addEventListener('change', e => navigate({ quarter: e.target.value }));
  $('filters').addEventListener('submit', e => {
    e.preventDefault();
    const from = $('from').value || null;
    const to = $('to').value || null;
    $('filter-error').hidden = !(from && to && from > to);
    $('filter-error').textContent = L('badDates');
    if (from && to && from > to) return;
    navigate({ from, to });
  });
  for (const radio of document.querySelectorAll('input[name=currency]')) {
    radio.addEventListener('change', e => navigate({ currency: e.target.value }));
  }
  $('lang').addEventListener('change', e => navigate({ lang: e.target.value }, true));
  $('sign-out').addEventListener('click', () => {
    auth.signOut();
    showSignIn();
  });
  $('token-form').addEventListener('submit', e => {
    e.preventDefault();
    auth.useToken($('token-input').value);
    $('token-input').value = '';
    show();
  });
  $('signin-oidc').addEventListener('click', () => auth.startOidcSignIn(app.config.oidc));
  // a zone link anywhere opens the zone page without reloading the app
  document.addEventListener('click', e => {
    const link = e.target.closest('a[data-zone], a#brand, #nav a, nav.crumbs a, #kinds a');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    if (link.dataset.kind) navigate({ kind: link.dataset.kind });
    else if (link.dataset.view && link.dataset.view !== 'analytics') navigate({ view: link.dataset.view });
    else navigate({ view: 'analytics', zone: link.dataset.zone || null });
  });
  window.addEventListener('popstate', () => {
    app.state = readState(location.search, localStorage);
    show();
  });
  // a page left for another keeps no live feed open: a browser allows few connections per server, and a page kept
  // in its back-forward cache would otherwise hold one of them for as long as it is kept
  window.addEventListener('pagehide', () => stopLive());
  window.addEventListener('pageshow', e => {
    if (e.persisted && auth.token() && !$('analytics').hidden) {
      startLive();
      reload();
    }
  });
  window.addEventListener('hashchange', () => {
    if (auth.takeTokenFromFragment()) show();
  });
}

function showSignIn(rejected = false) {
  stopLive();
  $('analytics').hidden = true;
  $('work').hidden = true;
  for (const id of ['nav-analytics', 'nav-record', 'nav-upload', 'nav-records']) $(id).hidden = id !== 'nav-analytics';
  $('signin').hidden = false;
  $('sign-out').hidden = true;
  $('signin-oidc').hidden = !app.config.oidc;
  $('signin-error').hidden = !rejected;
  $('signin-error').textContent = L('tokenRejected');
}

function show() {
  translateShell();
  if (!auth.token()) {
    showSignIn();
    return;
  }
  $('signin').hidden = true;
  $('sign-out').hidden = false;
  const claims = auth.claims();
  const kinds = writableKinds(claims);
  const analyticsAllowed = readsAnalytics(claims);
  $('nav-analytics').hidden = !analyticsAllowed;
  for (const view of ['record', 'upload', 'records']) $('nav-' + view).hidden = kinds.length === 0;
  let view = app.state.view || (analyticsAllowed || !kinds.length ? 'analytics' : 'record');
  if (view !== 'analytics' && !kinds.length) view = 'analytics';
  if (view === 'analytics' && !analyticsAllowed && kinds.length) view = 'record';
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (view !== 'analytics') {
    showWork(view, kinds.includes(app.state.kind) ? app.state.kind : kinds[0], claims, kinds);
    return;
  }
  $('work').hidden = true;
  $('analytics').hidden = false;
  const zone = app.state.zone;
  replace($('crumbs'), zone ? h('a', { href: href({ zone: null }) }, L('allZones')) : null);
  $('view-title').textContent = zone ? zoneName(zone) : L('national');
  showFilters();
  reload();
  startLive();
}

/** Data entry: the form, the upload or the person's records, for one kind of record. */
async function showWork(view, kind, claims, kinds) {
  stopLive();
  app.drawn = null;
  $('analytics').hidden = true;
  $('work').hidden = false;
  replace($('kinds'), kinds.length > 1 ? kinds.map(k => h('a', {
    href: href({ view, kind: k }), dataset: { kind: k }, 'aria-current': k === kind ? 'page' : null,
  }, L('kind' + k.charAt(0).toUpperCase() + k.slice(1)))) : null);
  if (!app.currencies) app.currencies = await loadCurrencies();
  const ids = zonesFor(claims, kind, app.zoneIds);
  const ctx = {
    lang: app.state.lang, zoneName, currencies: app.currencies, zones: ids.map(id => ({ id, name: zoneName(id) })),
    all: ids.length === app.zoneIds.length && ids.length > 1,
    onSignedOut: () => { auth.signOut(); showSignIn(true); },
  };
  document.title = L('appTitle') + ' · ' + L(view === 'record' ? 'navRecord' : view === 'upload' ? 'navUpload' : 'navRecords');
  if (view === 'record') renderForm($('work-view'), kind, ctx);
  else if (view === 'upload') renderUpload($('work-view'), kind, ctx);
  else renderRecords($('work-view'), kind, ctx);
}

async function reload() {
  const generation = ++app.generation;
  const state = app.state;
  $('view').setAttribute('aria-busy', 'true');
  try {
    const data = await analytics.load(state);
    if (generation !== app.generation) return; // a newer view was asked for meanwhile
    $('load-error').hidden = true;
    if (data.headline.eventsApplied !== undefined) app.eventsSeen = data.headline.eventsApplied;
    if (data.headline.asOf) {
      $('as-of').textContent = L('asOf', { time: formatTime(state.lang, data.headline.asOf), events: formatCount(data.headline.eventsApplied, localeOf(state.lang)) });
    }
    // the same figures for the same view are not drawn again (no flicker, and a person's place is kept)
    const drawing = JSON.stringify([writeState(state), data]);
    if (drawing === app.drawn && $('tiles')) return;
    app.drawn = drawing;
    analytics.render($('view'), data, {
      state, lang: state.lang, zoneName, href, navigate,
      drill: figure => openDrill($('drill'), state.lang, figure, zoneName),
    });
  } catch (e) {
    if (generation !== app.generation) return;
    if (e instanceof SignInNeeded) {
      auth.signOut();
      showSignIn(true);
      return;
    }
    $('load-error').hidden = false;
    $('load-error').textContent = L('error', { detail: e.message });
  } finally {
    if (generation === app.generation) $('view').removeAttribute('aria-busy');
  }
}

function showLiveState(state) {
  const live = $('live');
  live.dataset.state = state || 'connecting';
  live.textContent = state === 'live' ? '● ' + L('live') : state === 'reconnecting' ? L('reconnecting') : L('connecting');
}

function startLive() {
  if (app.stopLive) return;
  app.stopLive = follow({
    onState: state => {
      const wasDown = $('live').dataset.state === 'reconnecting';
      showLiveState(state);
      if (state === 'live' && wasDown) reload(); // what changed while the feed was down
    },
    onUpdate: update => {
      // the feed's first message repeats what is already shown: reload only when events were applied since
      const applied = update && update.national ? update.national.eventsApplied : null;
      if (applied !== null && applied === app.eventsSeen) return;
      app.eventsSeen = applied;
      clearTimeout(app.reloadTimer);
      app.reloadTimer = setTimeout(reload, 150);
    },
    onSignedOut: () => {
      app.stopLive = null;
      auth.signOut();
      showSignIn(true);
    },
  });
}

function stopLive() {
  if (app.stopLive) app.stopLive();
  app.stopLive = null;
}

async function boot() {
  wireFilters();
  translateShell();
  try {
    app.config = await appConfig();
    await auth.finishOidcSignIn(app.config.oidc);
    app.state = readState(location.search, localStorage);
  } catch (e) {
    $('signin-error').hidden = false;
    $('signin-error').textContent = e.message;
  }
  auth.takeTokenFromFragment();
  try {
    for (const z of await loadZones()) {
      app.zoneNames[z.id] = z.name;
      app.zoneIds.push(z.id);
    }
  } catch (e) {
    // zone ids are shown instead of names
  }
  show();
}

boot();
