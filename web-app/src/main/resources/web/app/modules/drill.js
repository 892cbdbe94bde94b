// Drill-down: the records behind a figure (GET /api/reports/records with the figure's own filter), paged, with
// their exact sum beside the figure, and the same list as CSV.

import { downloadCsv, getRecords } from './api.js';
import { h, replace } from './dom.js';
import { formatDecimal, sameDecimal } from './exact.js';
import { countryName, formatDate, localeOf, sectorName, t } from './i18n.js';

const PAGE_SIZE = 25;

/**
 * Opens the drill-down dialog for {@code figure}: {label, azn (the figure's exact AZN total), filter ({metric, zoneId,
 * sector, country, company, from, to})}; {@code zoneName(id)} names zones.
 */
export function openDrill(dialog, lang, figure, zoneName) {
  let page = 0;
  const title = h('h2', { id: 'drill-title' }, t(lang, 'drillTitle', { figure: figure.label }));
  const summary = h('p', { id: 'drill-summary', role: 'status' }, t(lang, 'loading'));
  const body = h('div', { class: 'table-wrap' });
  const pager = h('div', { class: 'pager' });
  const csv = h('button', {
    type: 'button', class: 'secondary', id: 'drill-csv',
    onClick: () => downloadCsv('/api/reports/records' + query({ format: 'csv' }), 'records-' + figure.filter.metric + '.csv'),
  }, t(lang, 'downloadCsv'));
  const close = h('button', { type: 'button', id: 'drill-close', onClick: () => dialog.close() }, t(lang, 'close'));
  replace(dialog, h('div', { class: 'dialog-head' }, title, close), summary, body, h('div', { class: 'dialog-foot' }, pager, csv));
  dialog.setAttribute('aria-labelledby', 'drill-title');
  if (!dialog.open) dialog.showModal();

  function query(extra) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...figure.filter, ...extra })) {
      if (v !== null && v !== undefined && v !== '') q.set(k, v);
    }
    return '?' + q;
  }

  async function load() {
    const locale = localeOf(lang);
    try {
      const { rows, totalCount, totalAzn } = await getRecords(query({ page, size: PAGE_SIZE }));
      const matches = figure.azn == null || sameDecimal(totalAzn, figure.azn);
      replace(summary,
        h('span', { id: 'drill-sum', dataset: { azn: totalAzn, count: totalCount } },
          t(lang, 'drillSum', { count: formatDecimal(totalCount, locale, 0), sum: formatDecimal(totalAzn, locale) })),
        figure.azn == null ? null : h('span', { class: matches ? 'ok' : 'bad' },
          ' · ' + t(lang, 'drillFigure', { value: formatDecimal(figure.azn, locale) + ' AZN' }) + ' · '
          + t(lang, matches ? 'drillMatches' : 'drillDiffers') + (matches ? ' ✓' : ' ✗')));
      const exports = figure.filter.metric === 'exports';
      const production = figure.filter.metric === 'production';
      replace(body, h('table', { id: 'drill-table' },
        h('caption', { class: 'visually-hidden' }, title.textContent),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t(lang, 'date')), h('th', { scope: 'col' }, t(lang, 'zone')),
          h('th', { scope: 'col' }, t(lang, 'sector')), h('th', { scope: 'col' }, t(lang, 'company')),
          exports ? h('th', { scope: 'col' }, t(lang, 'country')) : null,
          production || exports ? h('th', { scope: 'col' }, t(lang, 'product')) : null,
          production || exports ? h('th', { scope: 'col', class: 'num' }, t(lang, 'quantity')) : null,
          h('th', { scope: 'col', class: 'num' }, t(lang, 'amount') + ' (AZN)'))),
        h('tbody', {}, rows.length ? rows.map(r => h('tr', {},
          h('td', {}, formatDate(lang, r.occurredOn)), h('td', {}, zoneName(r.zoneId)),
          h('td', {}, sectorName(lang, r.sector)), h('td', {}, r.company),
          exports ? h('td', {}, countryName(lang, r.country)) : null,
          production || exports ? h('td', {}, r.product || '') : null,
          production || exports ? h('td', { class: 'num' }, r.quantity ? formatDecimal(r.quantity, locale, 0) + ' ' + (r.unit || '') : '') : null,
          h('td', { class: 'num' }, formatDecimal(r.amountAzn, locale))))
          : h('tr', {}, h('td', { colspan: 8 }, t(lang, 'noData'))))));
      const pages = Math.max(1, Math.ceil(Number(totalCount) / PAGE_SIZE));
      replace(pager,
        h('button', { type: 'button', class: 'secondary', id: 'drill-prev', disabled: page === 0, onClick: () => { page--; load(); } }, t(lang, 'previous')),
        h('span', { id: 'drill-page' }, t(lang, 'page', { page: page + 1, pages })),
        h('button', { type: 'button', class: 'secondary', id: 'drill-next', disabled: page + 1 >= pages, onClick: () => { page++; load(); } }, t(lang, 'next')));
    } catch (e) {
      replace(summary, t(lang, 'error', { detail: e.message }));
    }
  }
  load();
}
