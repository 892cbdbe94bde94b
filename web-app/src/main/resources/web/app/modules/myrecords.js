// My records: the records of the person's zones, newest first and paged, with who recorded and who voided each, and
// voiding one with a reason (confirmed first; a second void is shown plainly as already done).

import { token } from './auth.js';
import { h, replace } from './dom.js';
import { formatDecimal, parseExact } from './exact.js';
import { formatDate, formatTime, localeOf, sectorName, t } from './i18n.js';
import { KINDS } from './kinds.js';

const PAGE_SIZE = 25;

/** Draws the list for {@code kind}; {@code ctx}: {lang, zones ([{id, name}] the person may write), zoneName, onSignedOut}. */
export function renderRecords(root, kind, ctx) {
  const { lang } = ctx;
  const L = (key, values) => t(lang, key, values);
  const locale = localeOf(lang);
  const spec = KINDS[kind];
  let page = 0;
  let zone = ctx.zones.length === 1 ? ctx.zones[0].id : '';
  const status = h('div', { id: 'records-status', role: 'status', 'aria-live': 'polite' });
  const list = h('div', { class: 'table-wrap', id: 'records-list' });
  const pager = h('div', { class: 'pager' });
  const dialog = h('dialog', { id: 'void-dialog', 'aria-labelledby': 'void-title' });
  const zonePicker = h('select', { id: 'records-zone', onChange: e => { zone = e.target.value; page = 0; load(); } },
    ctx.all ? h('option', { value: '' }, L('allMyZones')) : null,
    ctx.zones.map(z => h('option', { value: z.id, selected: z.id === zone }, z.name)));

  async function load() {
    const q = new URLSearchParams({ page, size: PAGE_SIZE });
    if (zone) q.set('zoneId', zone);
    const r = await fetch(spec.path + '?' + q, { headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' } });
    if (r.status === 401) {
      ctx.onSignedOut();
      return;
    }
    if (!r.ok) {
      replace(list, h('p', { class: 'bad' }, L('serverError', { status: r.status })));
      return;
    }
    const rows = parseExact(await r.text());
    replace(list, rows.length ? h('table', { id: 'records-table' },
      h('caption', { class: 'visually-hidden' }, L('recordsTitle')),
      h('thead', {}, h('tr', {}, [L('date'), L('zone'), L('company'), L('sector')].map(c => h('th', { scope: 'col' }, c)),
        h('th', { scope: 'col', class: 'num' }, L('original')), h('th', { scope: 'col', class: 'num' }, 'AZN'),
        h('th', { scope: 'col' }, L('recordedBy')), h('th', { scope: 'col' }, L('status')), h('th', { scope: 'col' }, ''))),
      h('tbody', {}, rows.map(rec => h('tr', { dataset: { id: rec.id }, class: rec.voided ? 'voided' : null },
        h('td', {}, formatDate(lang, rec[spec.date])), h('td', {}, ctx.zoneName(rec.zoneId)),
        h('td', {}, rec[spec.company]), h('td', {}, sectorName(lang, rec.sector)),
        h('td', { class: 'num' }, formatDecimal(rec[spec.money], locale) + ' ' + rec.currency),
        h('td', { class: 'num' }, formatDecimal(rec[spec.money + 'Azn'], locale)),
        h('td', {}, rec.recordedBy || '—'),
        h('td', { class: 'record-status' }, rec.voided
          ? L('voidedBy', { who: rec.voidedBy || '—', when: formatTime(lang, rec.voidedAt), reason: rec.voidReason || '' })
          : L('counted')),
        h('td', {}, h('button', { type: 'button', class: 'secondary void', 'aria-label': L('void') + ': ' + rec[spec.company] + ', ' + rec[spec.date],
          onClick: () => confirmVoid(rec) }, L('void')))))))
      : h('p', {}, L('noRecords')));
    replace(pager,
      h('button', { type: 'button', class: 'secondary', id: 'records-prev', disabled: page === 0, onClick: () => { page--; load(); } }, L('previous')),
      h('span', {}, String(page + 1)),
      h('button', { type: 'button', class: 'secondary', id: 'records-next', disabled: rows.length < PAGE_SIZE, onClick: () => { page++; load(); } }, L('next')));
  }

  function confirmVoid(rec) {
    const reason = h('textarea', { id: 'void-reason', rows: 2, required: true });
    const message = h('p', { id: 'void-message', role: 'alert' });
    const confirm = h('button', { type: 'submit', id: 'void-confirm' }, L('voidConfirm'));
    const form = h('form', { method: 'dialog' },
      h('h2', { id: 'void-title' }, L('voidTitle')),
      h('p', {}, rec[spec.company] + ' · ' + formatDecimal(rec[spec.money], locale) + ' ' + rec.currency + ' · ' + rec[spec.date]),
      h('p', {}, L('voidIntro')),
      h('div', { class: 'field' }, h('label', { for: 'void-reason' }, L('voidReason')), reason),
      message,
      h('div', { class: 'form-actions' }, confirm, h('button', { type: 'button', class: 'secondary', id: 'void-cancel', onClick: () => dialog.close() }, L('cancel'))));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      if (!reason.value.trim()) {
        reason.setAttribute('aria-invalid', 'true');
        message.textContent = t(lang, 'fixFields', { count: 1 });
        reason.focus();
        return;
      }
      confirm.disabled = true;
      try {
        const r = await fetch(spec.path + '/' + rec.id + '/void', {
          method: 'POST',
          headers: { Authorization: 'Bearer ' + token(), 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ reason: reason.value.trim() }),
        });
        if (r.status === 200 || r.status === 201) {
          dialog.close();
          replace(status, h('p', { class: 'ok', id: 'void-done' }, L('voided')));
          load();
        } else if (r.status === 409) {
          message.textContent = L('alreadyVoided');
          message.className = 'bad';
          message.id = 'void-message';
          load();
        } else if (r.status === 401) {
          ctx.onSignedOut();
        } else {
          let detail = '';
          try {
            detail = (await r.json()).detail || '';
          } catch (err) {
            detail = '';
          }
          message.textContent = L('forbidden', { detail: detail || r.status });
        }
      } catch (err) {
        message.textContent = L('networkError');
      } finally {
        confirm.disabled = false;
      }
    });
    replace(dialog, form);
    dialog.showModal();
    reason.focus();
  }

  replace(root, h('h1', {}, L('recordsTitle') + ' · ' + L('kind' + kind.charAt(0).toUpperCase() + kind.slice(1))),
    h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: 'records-zone' }, L('zone')), zonePicker)),
    status, list, pager, dialog);
  load();
}
