// Upload: a CSV or JSON file of up to 1,000 records through the batch endpoint. The file is previewed, then checked by
// the server (?dryRun=true: every bad line named, nothing stored), then stored all or nothing with one Idempotency-Key.

import { token } from './auth.js';
import { downloadText, h, replace } from './dom.js';
import { formatCount } from './exact.js';
import { localeOf, serverMessage, t } from './i18n.js';
import { KINDS, templateCsv } from './kinds.js';

const MAX_ROWS = 1000;

/** Splits RFC 4180 CSV text into rows of fields (for the preview only: the server reads the file itself). */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter(r => r.length > 1 || r[0] !== '');
}

/** Draws the upload view for {@code kind}; {@code ctx}: {lang, onSignedOut()}. */
export function renderUpload(root, kind, ctx) {
  const { lang } = ctx;
  const L = (key, values) => t(lang, key, values);
  const locale = localeOf(lang);
  const spec = KINDS[kind];
  const status = h('div', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { id: 'upload-problems', role: 'alert' });
  const previewBox = h('div', { id: 'upload-preview' });
  const check = h('button', { type: 'button', id: 'upload-check', disabled: true }, L('check'));
  const store = h('button', { type: 'button', id: 'upload-store', hidden: true }, L('store', { count: 0 }));
  const fileInput = h('input', { type: 'file', id: 'upload-file', accept: '.csv,.json,text/csv,application/json' });
  let file = null; // {text, type, rows, key}

  fileInput.addEventListener('change', async () => {
    replace(status);
    replace(problems);
    replace(previewBox);
    store.hidden = true;
    check.disabled = true;
    const chosen = fileInput.files[0];
    if (!chosen) return;
    try {
      const text = await chosen.text();
      const json = /\.json$/i.test(chosen.name) || /^\s*\[/.test(text);
      let header;
      let rows;
      if (json) {
        const records = JSON.parse(text);
        if (!Array.isArray(records)) throw new Error('a JSON array of records is expected');
        header = spec.fields.map(f => f.name);
        rows = records.map(r => header.map(k => (r && r[k] !== undefined && r[k] !== null ? String(r[k]) : '')));
      } else {
        const all = csvRows(text);
        header = all[0] || [];
        rows = all.slice(1);
      }
      if (rows.length > MAX_ROWS) {
        replace(problems, h('p', { class: 'bad' }, L('tooMany')));
        return;
      }
      file = { text, type: json ? 'application/json' : 'text/csv', rows: rows.length, key: crypto.randomUUID() };
      replace(previewBox,
        h('p', { id: 'upload-count' }, L('preview', { rows: formatCount(rows.length, locale), name: chosen.name })),
        h('div', { class: 'table-wrap' }, h('table', { id: 'upload-table' },
          h('caption', {}, L('previewHead')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), header.map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, rows.slice(0, 10).map((r, i) => h('tr', {},
            h('th', { scope: 'row' }, String(json ? i : i + 2)), r.map(c => h('td', {}, c))))))));
      check.disabled = false;
    } catch (e) {
      replace(problems, h('p', { class: 'bad' }, L('unreadable', { detail: e.message })));
    }
  });

  async function send(dryRun) {
    const r = await fetch(spec.path + '/batch' + (dryRun ? '?dryRun=true' : ''), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token(), 'Content-Type': file.type, Accept: 'application/json',
        ...(dryRun ? {} : { 'Idempotency-Key': file.key }) },
      body: file.text,
    });
    const text = await r.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = null;
    }
    return { status: r.status, body };
  }

  function showProblems(result) {
    if (result.status === 401) {
      ctx.onSignedOut();
      return;
    }
    const violations = (result.body && result.body.violations) || [];
    replace(problems, h('p', { class: 'bad' }, violations.length ? L('invalidRows') : (result.body && result.body.detail) || L('serverError', { status: result.status })),
      violations.length ? h('ul', { id: 'upload-errors' }, violations.map(v => h('li', {}, v.field + ': ' + serverMessage(lang, v.message)))) : null);
  }

  check.addEventListener('click', async () => {
    check.disabled = true;
    check.textContent = L('checking');
    replace(problems);
    replace(status);
    try {
      const result = await send(true);
      if (result.status === 200) {
        replace(status, h('p', { class: 'ok', id: 'upload-valid' }, L('valid', { count: formatCount(file.rows, locale) })));
        store.textContent = L('store', { count: formatCount(file.rows, locale) });
        store.hidden = false;
      } else {
        showProblems(result);
      }
    } catch (e) {
      replace(problems, h('p', { class: 'bad' }, L('networkError')));
    } finally {
      check.disabled = false;
      check.textContent = L('check');
    }
  });

  let storing = false;
  store.addEventListener('click', async () => {
    if (storing) return;
    storing = true;
    store.disabled = true;
    store.textContent = L('storing');
    try {
      const result = await send(false);
      if (result.status === 201 || result.status === 200) {
        const count = Array.isArray(result.body) ? result.body.length : file.rows;
        replace(status, h('p', { class: 'ok', id: 'upload-stored' }, L('stored', { count: formatCount(count, locale) })));
        store.hidden = true;
        check.disabled = true;
      } else {
        showProblems(result);
      }
    } catch (e) {
      replace(problems, h('p', { class: 'bad' }, L('networkError')));
    } finally {
      storing = false;
      store.disabled = false;
    }
  });

  replace(root,
    h('h1', {}, L('uploadTitle') + ' · ' + L('kind' + kind.charAt(0).toUpperCase() + kind.slice(1))),
    h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'upload-template',
      onClick: () => downloadText(templateCsv(kind), kind + '-template.csv', 'text/csv') }, L('template'))),
    h('div', { class: 'field' }, h('label', { for: 'upload-file' }, L('file')), fileInput),
    previewBox, problems, h('div', { class: 'form-actions' }, check, store), status);
}
