// The managers' analytics view: headline tiles and chart cards for the whole country or one zone, over the chosen
// period, in AZN or USD. Every figure is one report call's exact text; every card downloads that call as CSV.

import { downloadCsv, getJson, SignInNeeded } from './api.js';
import { renderCard } from './charts.js';
import { h, replace } from './dom.js';
import { formatCount, formatDecimal, formatGrowth, formatPercent } from './exact.js';
import { countryName, localeOf, periodLabel, sectorName, t } from './i18n.js';
import { dateRange, reportQuery } from './state.js';

const TOP = 15;

/** Loads every report the view needs for {@code state}; resolves to the data {@link render} draws. */
export async function load(state) {
  const zone = state.zone;
  const q = reportQuery(state, {}, false);
  const zq = reportQuery(state);
  const series = seriesOf(state);
  const errors = {};
  // a report that fails leaves its own card empty with the reason; a refused token fails the whole view
  const settle = (name, promise) => promise.catch(e => {
    if (e instanceof SignInNeeded) throw e;
    errors[name] = e.message;
    return null;
  });
  const [headline, zones, sectors, timeseries, destinations, companies, products] = await Promise.all([
    zone ? getJson('/api/reports/zones/' + encodeURIComponent(zone) + q) : getJson('/api/reports/national' + q),
    zone ? Promise.resolve(null) : settle('zones', getJson('/api/reports/zones' + q)),
    settle('sectors', getJson('/api/reports/sectors' + zq)),
    settle('series', getJson('/api/reports/timeseries' + reportQuery(state, { metric: series.metric, granularity: series.granularity }))),
    settle('destinations', getJson('/api/reports/destinations' + zq)),
    settle('companies', getJson('/api/reports/companies' + reportQuery(state, { limit: TOP }))), // the top and the count
    settle('products', getJson('/api/reports/products' + zq)),
  ]);
  return { headline, zones, sectors, timeseries, destinations, companies, products, errors };
}

/** The time series shown: which figure and which step (kept in the address too). */
export function seriesOf(state) {
  return {
    metric: ['investment', 'production', 'exports'].includes(state.metric) ? state.metric : 'production',
    granularity: state.granularity === 'year' ? 'year' : 'quarter',
  };
}

/**
 * Draws {@code data} into {@code root}. {@code ctx}: {state, lang, zoneName(id), navigate(patch), drill(figure),
 * sectors (the view's sector filter is the card's, not the state's)}.
 */
export function render(root, data, ctx) {
  const { state, lang } = ctx;
  const locale = localeOf(lang);
  const usd = state.currency === 'USD';
  const money = block => formatDecimal(usd ? block.totalUsd : block.totalAzn, locale) + ' ' + state.currency;
  const other = block => formatDecimal(usd ? block.totalAzn : block.totalUsd, locale) + ' ' + (usd ? 'AZN' : 'USD');
  const value = block => (usd ? block.totalUsd : block.totalAzn);
  const range = dateRange(state);
  const base = { zoneId: state.zone, from: range.from, to: range.to };
  const L = key => t(lang, key);
  const csv = (path, name) => () => downloadCsv(path, name + '.csv');

  const n = data.headline;
  const tile = (id, label, shown, sub, figure) => h('li', { class: 'tile', id: 'tile-' + id },
    h('h3', {}, label),
    h('p', { class: 'value' }, figure
      ? h('button', { type: 'button', class: 'figure', id: 'figure-' + id, onClick: () => ctx.drill(figure) }, shown)
      : h('span', { class: 'figure', id: 'figure-' + id }, shown)),
    h('p', { class: 'sub' }, sub));
  const drillOf = (metric, label, azn, extra = {}) => ({ label, azn, filter: { metric, ...base, ...extra } });
  const tiles = h('ul', { class: 'tiles', id: 'tiles' },
    tile('investment', L('investment'), money(n.investment),
      other(n.investment) + ' · ' + t(lang, 'records', { count: formatCount(n.investment.count, locale) }),
      drillOf('investment', L('investment'), n.investment.totalAzn)),
    tile('jobs', L('jobs'), formatCount(n.investment.jobsCreated, locale), t(lang, 'records', { count: formatCount(n.investment.count, locale) }),
      drillOf('investment', L('jobs'), n.investment.totalAzn)),
    tile('production', L('production'), money(n.production),
      other(n.production) + ' · ' + t(lang, 'records', { count: formatCount(n.production.count, locale) }),
      drillOf('production', L('production'), n.production.totalAzn)),
    tile('exports', L('exports'), money(n.exports),
      other(n.exports) + ' · ' + t(lang, 'records', { count: formatCount(n.exports.count, locale) }),
      drillOf('exports', L('exports'), n.exports.totalAzn)),
    tile('share', L('exportShare'), formatPercent(n.exportShare, locale), L('exportShareSub'), null),
    tile('destinations', L('destinations'), formatCount(n.exports.destinationCountries, locale), L('destinationsSub'),
      drillOf('exports', L('destinations'), n.exports.totalAzn)),
    tile('companies', L('companies'), data.companies ? formatCount(data.companies.count, locale) : '–', L('companiesSub'), null));

  const cards = [];
  const threeSeries = rows => [
    { name: L('investment'), values: rows.map(r => value(r.investment)) },
    { name: L('production'), values: rows.map(r => value(r.production)) },
    { name: L('exports'), values: rows.map(r => value(r.exports)) },
  ];
  const moneyFormat = (s, i) => formatDecimal(s.values[i], locale) + ' ' + state.currency;
  const blockColumns = (first, share = true) => [first,
    { label: L('investment') + ' (' + state.currency + ')', numeric: true, cell: r => formatDecimal(value(r.investment), locale) },
    { label: L('jobs'), numeric: true, cell: r => formatCount(r.investment.jobsCreated, locale) },
    { label: L('production') + ' (' + state.currency + ')', numeric: true, cell: r => formatDecimal(value(r.production), locale) },
    { label: L('exports') + ' (' + state.currency + ')', numeric: true, cell: r => formatDecimal(value(r.exports), locale) },
    share ? { label: L('exportShare'), numeric: true, cell: r => formatPercent(r.exportShare, locale) } : null].filter(Boolean);

  if (data.zones) {
    const rows = [...data.zones].sort((a, b) => Number(b.production.totalAzn) - Number(a.production.totalAzn));
    cards.push(card({
      id: 'zones', title: L('byZone'),
      csv: { onClick: csv('/api/reports/zones' + reportQuery(state, { format: 'csv' }, false), 'zones') },
      columns: blockColumns({ label: L('zone'), cell: r => h('a', { href: ctx.href({ zone: r.zoneId }), class: 'zone-link', dataset: { zone: r.zoneId } }, ctx.zoneName(r.zoneId)) }),
      rows,
      chart: { categories: rows.map(r => ctx.zoneName(r.zoneId)), series: threeSeries(rows), horizontal: true,
        valueFormat: moneyFormat, onClick: i => ctx.navigate({ zone: rows[i].zoneId }) },
    }));
  }

  const sectorRows = [...(data.sectors || [])].sort((a, b) => Number(b.production.totalAzn) - Number(a.production.totalAzn));
  cards.push(card({
    id: 'sectors', title: L('bySector'),
    csv: { onClick: csv('/api/reports/sectors' + reportQuery(state, { format: 'csv' }), 'sectors') },
    columns: blockColumns({ label: L('sector'), cell: r => drillButton(sectorName(lang, r.sector),
      () => ctx.drill(drillOf('production', sectorName(lang, r.sector) + ' · ' + L('production'), r.production.totalAzn, { sector: r.sector }))) }),
    rows: sectorRows,
    chart: { categories: sectorRows.map(r => sectorName(lang, r.sector)), series: threeSeries(sectorRows), horizontal: true,
      valueFormat: moneyFormat,
      onClick: (i, s) => {
        const metric = ['investment', 'production', 'exports'][s];
        ctx.drill(drillOf(metric, sectorName(lang, sectorRows[i].sector) + ' · ' + L(metric), sectorRows[i][metric].totalAzn, { sector: sectorRows[i].sector }));
      } },
  }));

  const series = seriesOf(state);
  const points = data.timeseries || [];
  const periodRange = p => periodDates(p.period);
  cards.push(card({
    id: 'series', title: L('series'), subtitle: L(series.metric) + ', ' + L(series.granularity === 'year' ? 'yearly' : 'quarterly'),
    controls: [
      select('series-metric', L('metric'), ['investment', 'production', 'exports'].map(m => [m, L(m)]), series.metric, v => ctx.navigate({ metric: v })),
      select('series-step', L('granularity'), [['quarter', L('quarterly')], ['year', L('yearly')]], series.granularity, v => ctx.navigate({ granularity: v })),
    ],
    csv: { onClick: csv('/api/reports/timeseries' + reportQuery(state, { metric: series.metric, granularity: series.granularity, format: 'csv' }), 'timeseries-' + series.metric) },
    columns: [
      { label: L('periodCol'), cell: p => drillButton(periodLabel(lang, p.period), () => ctx.drill(drillOf(series.metric,
        L(series.metric) + ' · ' + periodLabel(lang, p.period), p.totalAzn, clip(periodRange(p), range)))) },
      { label: L(series.metric) + ' (' + state.currency + ')', numeric: true, cell: p => formatDecimal(value(p), locale) },
      { label: L('count'), numeric: true, cell: p => formatCount(p.count, locale) },
      { label: L('growth'), numeric: true, cell: p => formatGrowth(p.growth, locale) },
    ],
    rows: points,
    chart: {
      categories: points.map(p => periodLabel(lang, p.period)),
      series: [
        { name: L(series.metric), values: points.map(value) },
        { name: L('growth'), values: points.map(p => p.growth), type: 'line', axis: 1 },
      ],
      valueFormat: (s, i) => (s.axis === 1 ? formatGrowth(s.values[i], locale) : formatDecimal(s.values[i], locale) + ' ' + state.currency),
      onClick: i => ctx.drill(drillOf(series.metric, L(series.metric) + ' · ' + periodLabel(lang, points[i].period),
        points[i].totalAzn, clip(periodRange(points[i]), range))),
    },
  }));

  const destinations = (data.destinations || []).slice(0, TOP);
  cards.push(card({
    id: 'destinations', title: L('topDestinations'), subtitle: t(lang, 'topN', { n: TOP }),
    csv: { onClick: csv('/api/reports/destinations' + reportQuery(state, { format: 'csv' }), 'destinations') },
    columns: [
      { label: L('country'), cell: d => drillButton(countryName(lang, d.country), () => ctx.drill(drillOf('exports', countryName(lang, d.country), d.totalAzn, { country: d.country }))) },
      { label: L('exports') + ' (' + state.currency + ')', numeric: true, cell: d => formatDecimal(value(d), locale) },
      { label: L('count'), numeric: true, cell: d => formatCount(d.count, locale) },
    ],
    rows: destinations,
    chart: { categories: destinations.map(d => countryName(lang, d.country)), series: [{ name: L('exports'), values: destinations.map(value) }],
      horizontal: true, valueFormat: moneyFormat,
      onClick: i => ctx.drill(drillOf('exports', countryName(lang, destinations[i].country), destinations[i].totalAzn, { country: destinations[i].country })) },
  }));

  const companies = data.companies ? data.companies.companies.slice(0, TOP) : [];
  cards.push(card({
    id: 'companies', title: L('topCompanies'), subtitle: t(lang, 'topN', { n: TOP }) + (data.companies ? ' / ' + formatCount(data.companies.count, locale) : ''),
    csv: { onClick: csv('/api/reports/companies' + reportQuery(state, { format: 'csv' }), 'companies') },
    columns: blockColumns({ label: L('company'), cell: c => drillButton(c.name,
      () => ctx.drill(drillOf('production', c.name + ' · ' + L('production'), c.production.totalAzn, { company: c.name }))) }, false),
    rows: companies,
    chart: { categories: companies.map(c => c.name), series: threeSeries(companies), horizontal: true, valueFormat: moneyFormat,
      onClick: (i, s) => {
        const metric = ['investment', 'production', 'exports'][s];
        ctx.drill(drillOf(metric, companies[i].name + ' · ' + L(metric), companies[i][metric].totalAzn, { company: companies[i].name }));
      } },
  }));

  const products = (data.products || []).slice(0, TOP);
  cards.push(card({
    id: 'products', title: L('products'), subtitle: t(lang, 'topN', { n: TOP }),
    csv: { onClick: csv('/api/reports/products' + reportQuery(state, { format: 'csv' }), 'products') },
    columns: [
      { label: L('product'), cell: p => p.product },
      { label: L('quantity'), numeric: true, cell: p => formatDecimal(p.quantity, locale, 0) },
      { label: L('unit'), cell: p => p.unit },
      { label: L('production') + ' (' + state.currency + ')', numeric: true, cell: p => formatDecimal(value(p), locale) },
      { label: L('count'), numeric: true, cell: p => formatCount(p.count, locale) },
    ],
    rows: products,
    chart: { categories: products.map(p => p.product + ' (' + p.unit + ')'), series: [{ name: L('production'), values: products.map(value) }],
      horizontal: true, valueFormat: moneyFormat },
  }));

  replace(root,
    h('section', { 'aria-labelledby': 'h-headline', class: 'headline' },
      h('h2', { id: 'h-headline', class: 'visually-hidden' }, L('headline')), tiles),
    h('div', { class: 'cards' }, cards));

  // each card is drawn once it is in the page, so its chart can measure its width
  function card(spec) {
    const el = h('section', {});
    const error = data.errors[spec.id];
    queueMicrotask(() => renderCard(el, spec, { chartOf: t(lang, 'chartOf', { title: spec.title }), downloadCsv: L('downloadCsv'),
      showData: L('showData'), noData: error ? t(lang, 'error', { detail: error }) : L('noData') }));
    return el;
  }
}

function drillButton(label, onClick) {
  return h('button', { type: 'button', class: 'link', onClick }, label);
}

function select(id, label, options, selected, onChange) {
  return h('label', { class: 'inline', for: id }, label + ' ',
    h('select', { id, onChange: e => onChange(e.target.value) },
      options.map(([value, text]) => h('option', { value, selected: value === selected }, text))));
}

/** The first and last day of a timeseries period ("2025-Q1", "2025", "2025-03"). */
export function periodDates(period) {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const end = Number(q[2]) * 3;
    return { from: q[1] + '-' + String(end - 2).padStart(2, '0') + '-01', to: q[1] + '-' + String(end).padStart(2, '0') + '-' + lastDay(q[1], end) };
  }
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return { from: period + '-01', to: period + '-' + lastDay(m[1], Number(m[2])) };
  return { from: period + '-01-01', to: period + '-12-31' };
}

function lastDay(year, month) {
  return String(new Date(Date.UTC(Number(year), month, 0)).getUTCDate()).padStart(2, '0');
}

/** A period's dates narrowed to the view's range, so a drill-down counts what the chart's bar counts. */
function clip(period, range) {
  return {
    from: range.from && range.from > period.from ? range.from : period.from,
    to: range.to && range.to < period.to ? range.to : period.to,
  };
}
