// The form for one record (investment, production report or export shipment): every contract field, the zones the
// person may write, the AZN amount as typed, the server's violations beside their fields, and one Idempotency-Key per
// submission kept with the draft, so a double click, a retry or a reload records once (a changed form is a new record).

import { token } from './auth.js';
import { h, replace } from './dom.js';
import { formatDecimal, parseExact, timesRate } from './exact.js';
import { countryName, localeOf, sectorName, serverMessage, t } from './i18n.js';
import { bodyOf, COUNTRIES, KINDS, SECTORS } from './kinds.js';

const DRAFT_KEY = 'industry.draft.';

function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

function loadDraft(kind) {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY + kind) || 'null');
    if (draft && draft.key && draft.values) return draft;
  } catch (e) {
    // a broken draft starts afresh
  }
  return { key: newKey(), values: {} };
}

function saveDraft(kind, draft) {
  sessionStorage.setItem(DRAFT_KEY + kind, JSON.stringify(draft));
}

/**
 * Draws the form for {@code kind} into {@code root}. {@code ctx}: {lang, zones ([{id, name}] the person may write),
 * currencies ([{code, aznPerUnit}]), onSignedOut()}.
 */
export function renderForm(root, kind, ctx) {
  const { lang } = ctx;
  const L = (key, values) => t(lang, key, values);
  const spec = KINDS[kind];
  const draft = loadDraft(kind);
  const today = new Date().toISOString().slice(0, 10);
  const summary = h('div', { id: 'form-status', role: 'status', 'aria-live': 'polite' });
  const alert = h('div', { id: 'form-alert', role: 'alert' });
  const inputs = {};
  const preview = h('span', { id: 'azn-preview', class: 'hint' });

  const field = f => {
    const id = 'f-' + f.name;
    const errorId = 'e-' + f.name;
    let input;
    const value = draft.values[f.name] ?? '';
    switch (f.type) {
      case 'zone':
        input = h('select', { id, name: f.name, required: true }, ctx.zones.length === 1 ? null : h('option', { value: '' }, L('choose')),
          ctx.zones.map(z => h('option', { value: z.id, selected: z.id === value || ctx.zones.length === 1 }, z.name)));
        break;
      case 'sector':
        input = h('select', { id, name: f.name, required: true }, h('option', { value: '' }, L('choose')),
          SECTORS.map(s => h('option', { value: s, selected: s === value }, sectorName(lang, s))));
        break;
      case 'currency':
        input = h('select', { id, name: f.name, required: true },
          ctx.currencies.map(c => h('option', { value: c.code, selected: c.code === (value || 'AZN') }, c.code)));
        break;
      case 'country': {
        const names = COUNTRIES.map(c => [c, countryName(lang, c)]).sort((a, b) => a[1].localeCompare(b[1], localeOf(lang)));
        input = h('select', { id, name: f.name, required: true }, h('option', { value: '' }, L('choose')),
          names.map(([c, n]) => h('option', { value: c, selected: c === value }, n + ' (' + c + ')')));
        break;
      }
      case 'date':
        input = h('input', { id, name: f.name, type: 'date', max: today, required: true, value });
        break;
      case 'textarea':
        input = h('textarea', { id, name: f.name, rows: 2 }, value);
        break;
      default:
        input = h('input', {
          id, name: f.name, type: 'text', value, required: !f.optional, autocomplete: 'off',
          inputmode: f.type === 'money' || f.type === 'decimal' ? 'decimal' : f.type === 'int' || f.type === 'hs' ? 'numeric' : null,
          spellcheck: f.type === 'text' ? null : 'false',
        });
    }
    input.setAttribute('aria-describedby', errorId);
    inputs[f.name] = input;
    return h('div', { class: 'field form-field', id: 'field-' + f.name },
      h('label', { for: id }, L('field_' + f.name)), input,
      f.type === 'money' ? preview : null,
      h('p', { class: 'field-error bad', id: errorId }));
  };

  const submit = h('button', { type: 'submit', id: 'submit' }, L('submit'));
  const form = h('form', { id: 'record-form', class: 'record-form', novalidate: true, 'aria-labelledby': 'form-title' },
    spec.fields.map(field), h('div', { class: 'form-actions' }, submit));

  function values() {
    const out = {};
    for (const [name, input] of Object.entries(inputs)) out[name] = input.value;
    return out;
  }

  function showPreview() {
    const amount = inputs[spec.money].value.trim();
    const currency = inputs.currency.value;
    const rate = (ctx.currencies.find(c => c.code === currency) || {}).aznPerUnit;
    if (!amount) {
      preview.textContent = '';
      return;
    }
    const azn = rate ? timesRate(amount, rate) : null;
    preview.textContent = azn === null ? (rate ? '' : L('rateUnknown')) : L('inAzn', { amount: formatDecimal(azn, localeOf(lang)) });
  }

  function clearErrors() {
    for (const [name, input] of Object.entries(inputs)) {
      input.removeAttribute('aria-invalid');
      document.getElementById('e-' + name).textContent = '';
    }
    replace(alert);
  }

  form.addEventListener('input', () => {
    if (draft.used) {
      draft.key = newKey();
      draft.used = false;
    }
    draft.values = values();
    saveDraft(kind, draft);
    showPreview();
  });
  form.addEventListener('change', showPreview);

  let busy = false;
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (busy) return; // a second click while the first is on its way sends nothing
    busy = true;
    submit.disabled = true;
    submit.textContent = L('submitting');
    clearErrors();
    replace(summary);
    try {
      const r = await fetch(spec.path, {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + token(), 'Content-Type': 'application/json', Accept: 'application/json',
          'Idempotency-Key': draft.key },
        body: bodyOf(kind, values()),
      });
      const text = await r.text();
      const body = text ? parseExact(text) : null;
      if (r.status === 201 || r.status === 200) {
        replace(summary, h('p', { class: 'ok', id: 'form-result', dataset: { id: body.id } },
          L(r.headers.get('Idempotency-Replayed') === 'true' ? 'replayed' : 'recorded', { summary: describe(kind, body, lang, ctx) })));
        // the key stays with what was recorded: sending it again (the second click of a double click, a retry) only
        // replays this answer; the first change to the form starts a new record with a new key
        draft.used = true;
        saveDraft(kind, draft);
      } else if (r.status === 400 || r.status === 422) {
        const violations = (body && body.violations) || [];
        for (const v of violations) {
          const name = String(v.field).replace(/^.*\./, '');
          const input = inputs[name];
          if (input) {
            input.setAttribute('aria-invalid', 'true');
            document.getElementById('e-' + name).textContent = serverMessage(lang, v.message);
          }
        }
        replace(alert, h('p', { class: 'bad' }, L('fixFields', { count: violations.length || 1 }),
          violations.some(v => !inputs[String(v.field).replace(/^.*\./, '')]) ? ' ' + (body.detail || '') : ''));
        const first = violations.map(v => inputs[String(v.field).replace(/^.*\./, '')]).find(Boolean);
        if (first) first.focus();
      } else if (r.status === 401) {
        ctx.onSignedOut();
      } else if (r.status === 403) {
        replace(alert, h('p', { class: 'bad' }, L('forbidden', { detail: (body && body.detail) || 403 })));
      } else if (r.status === 409) {
        draft.key = newKey();
        saveDraft(kind, draft);
        replace(alert, h('p', { class: 'bad' }, L('conflict')));
      } else {
        replace(alert, h('p', { class: 'bad' }, L('serverError', { status: r.status })));
      }
    } catch (err) {
      replace(alert, h('p', { class: 'bad' }, L('networkError')));
    } finally {
      busy = false;
      submit.disabled = false;
      submit.textContent = L('submit');
    }
  });

  const kindName = L('kind' + kind.charAt(0).toUpperCase() + kind.slice(1));
  replace(root, h('h1', { id: 'form-title' }, L('recordTitle', { kind: lang === 'en' ? kindName.toLowerCase() : kindName })),
    alert, form, summary);
  showPreview();
}

/** One line about a stored record: company, amount and AZN amount, date. */
export function describe(kind, r, lang, ctx) {
  const spec = KINDS[kind];
  const locale = localeOf(lang);
  const azn = r[spec.money + 'Azn'];
  return [r[spec.company], formatDecimal(r[spec.money], locale) + ' ' + r.currency + (r.currency === 'AZN' ? '' : ' = ' + formatDecimal(azn, locale) + ' AZN'),
    r[spec.date], ctx.zoneName ? ctx.zoneName(r.zoneId) : r.zoneId].join(' · ');
}
