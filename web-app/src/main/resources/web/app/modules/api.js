// The platform's APIs as the page calls them: with the bearer token, numbers kept exact, problems made errors.

import { token } from './auth.js';
import { downloadText } from './dom.js';
import { parseExact } from './exact.js';

/** A call the services refused because of who is asking (401/403). */
export class SignInNeeded extends Error {
  constructor(status) {
    super('signed out (' + status + ')');
    this.status = status;
  }
}

function headers(accept) {
  const h = { Accept: accept };
  const value = token();
  if (value) h.Authorization = 'Bearer ' + value;
  return h;
}

async function call(path, accept) {
  const r = await fetch(path, { headers: headers(accept) });
  if (r.status === 401 || r.status === 403) throw new SignInNeeded(r.status);
  if (!r.ok) {
    let detail = 'HTTP ' + r.status;
    try {
      const problem = await r.json();
      detail = problem.detail || problem.title || detail;
    } catch (e) {
      // not problem+json
    }
    throw new Error(detail);
  }
  return r;
}

/** GET {@code path} as JSON with every number as its exact source text. */
export async function getJson(path) {
  const r = await call(path, 'application/json');
  return parseExact(await r.text());
}

/** GET a page of {@code /api/reports/records}: the rows and the totals of every matching record. */
export async function getRecords(query) {
  const r = await call('/api/reports/records' + query, 'application/json');
  return {
    rows: parseExact(await r.text()),
    totalCount: r.headers.get('X-Total-Count'),
    totalAzn: r.headers.get('X-Total-Azn'),
  };
}

/** GET {@code path} as CSV, exactly as the API gives it. */
export async function getCsv(path) {
  const r = await call(path, 'text/csv');
  return r.text();
}

/** Saves the API's CSV of {@code path} as a file (the token goes in a header, so a plain link cannot do it). */
export async function downloadCsv(path, filename) {
  const text = await getCsv(path);
  downloadText(text, filename, 'text/csv');
  return text;
}

/** The zone catalogue (no token needed). */
export async function zones() {
  const r = await fetch('/api/zones', { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error('zones: HTTP ' + r.status);
  return r.json();
}

/** The web app's own settings: how people sign in here. */
export async function appConfig() {
  const r = await fetch('/app-config', { headers: { Accept: 'application/json' } });
  return r.ok ? r.json() : { oidc: null };
}

/** The currencies the write services accept, with their AZN rate (AZN and USD at the peg where none are listed). */
export async function currencies() {
  try {
    const r = await fetch('/api/currencies', { headers: { Accept: 'application/json' } });
    if (r.ok) return parseExact(await r.text());
  } catch (e) {
    // the contract's two, below
  }
  return [{ code: 'AZN', aznPerUnit: '1.00' }, { code: 'USD', aznPerUnit: '1.70' }];
}
