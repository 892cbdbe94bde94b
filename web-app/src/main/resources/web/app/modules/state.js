// What the page shows, held in the address (so a view can be bookmarked and shared): period, zone, currency,
// language. The language is also remembered for the next visit.

export const PUBLISHED_TO = '2025-03-31';
const LANGUAGE_KEY = 'industry.lang';

/** The page's state read from an address's query string. */
export function readState(search, storage) {
  const q = new URLSearchParams(search);
  const remembered = storage ? storage.getItem(LANGUAGE_KEY) : null;
  const lang = ['en', 'az'].includes(q.get('lang')) ? q.get('lang') : (['en', 'az'].includes(remembered) ? remembered : 'en');
  const period = ['published', 'all', 'year', 'quarter', 'custom'].includes(q.get('period')) ? q.get('period') : 'published';
  return {
    lang,
    view: ['analytics', 'record', 'upload', 'records'].includes(q.get('view')) ? q.get('view') : null,
    kind: ['investment', 'production', 'export'].includes(q.get('kind')) ? q.get('kind') : null,
    period,
    year: /^\d{4}$/.test(q.get('year') || '') ? q.get('year') : null,
    quarter: /^[1-4]$/.test(q.get('quarter') || '') ? q.get('quarter') : null,
    from: isDate(q.get('from')) ? q.get('from') : null,
    to: isDate(q.get('to')) ? q.get('to') : null,
    zone: /^[a-z0-9-]{1,100}$/.test(q.get('zone') || '') ? q.get('zone') : null,
    currency: q.get('currency') === 'USD' ? 'USD' : 'AZN',
    metric: ['investment', 'production', 'exports'].includes(q.get('metric')) ? q.get('metric') : 'production',
    granularity: q.get('granularity') === 'year' ? 'year' : 'quarter',
  };
}

/** The query string for {@code state}, leaving out what is at its default. */
export function writeState(state) {
  const q = new URLSearchParams();
  if (state.view && state.view !== 'analytics') q.set('view', state.view);
  if (state.kind && state.view && state.view !== 'analytics') q.set('kind', state.kind);
  if (state.zone) q.set('zone', state.zone);
  if (state.period !== 'published') q.set('period', state.period);
  if (state.period === 'year' || state.period === 'quarter') q.set('year', state.year);
  if (state.period === 'quarter') q.set('quarter', state.quarter);
  if (state.period === 'custom') {
    if (state.from) q.set('from', state.from);
    if (state.to) q.set('to', state.to);
  }
  if (state.currency !== 'AZN') q.set('currency', state.currency);
  if (state.metric && state.metric !== 'production') q.set('metric', state.metric);
  if (state.granularity && state.granularity !== 'quarter') q.set('granularity', state.granularity);
  if (state.lang !== 'en') q.set('lang', state.lang);
  const text = q.toString();
  return text ? '?' + text : '';
}

/** Remembers the language for the next visit. */
export function rememberLanguage(storage, lang) {
  if (storage) storage.setItem(LANGUAGE_KEY, lang);
}

/** The report filter ({from, to}, each possibly null) that a period stands for. */
export function dateRange(state, today = new Date()) {
  const year = state.year || String(today.getUTCFullYear());
  switch (state.period) {
    case 'published':
      return { from: null, to: PUBLISHED_TO };
    case 'year':
      return { from: year + '-01-01', to: year + '-12-31' };
    case 'quarter': {
      const q = Number(state.quarter || 1);
      const endMonth = q * 3;
      const lastDay = new Date(Date.UTC(Number(year), endMonth, 0)).getUTCDate();
      return { from: year + '-' + pad(endMonth - 2) + '-01', to: year + '-' + pad(endMonth) + '-' + pad(lastDay) };
    }
    case 'custom':
      return { from: state.from, to: state.to };
    default:
      return { from: null, to: null };
  }
}

/** The query parameters of a report call for this state's period (and zone, where asked). */
export function reportQuery(state, extra = {}, withZone = true) {
  const { from, to } = dateRange(state);
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  if (withZone && state.zone) q.set('zoneId', state.zone);
  for (const [k, v] of Object.entries(extra)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const text = q.toString();
  return text ? '?' + text : '';
}

function isDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text || '');
}

function pad(n) {
  return String(n).padStart(2, '0');
}
