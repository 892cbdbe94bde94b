// Who is signed in. Locally a link carries a token in its #token= fragment (./platform dashboard, ./platform open);
// with an OIDC provider configured (GET /app-config) the page signs in with the authorization code flow and PKCE.
// The token lives in sessionStorage: it goes with the tab.

const TOKEN_KEY = 'industry.token';
const PKCE_KEY = 'industry.pkce';

/** The bearer token, or null. */
export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

export function useToken(value) {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

/** The token's claims (unverified: the services verify it; the page only shapes itself by them). */
export function claims() {
  const value = token();
  if (!value) return null;
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(atob(payload).split('').map(c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch (e) {
    return null;
  }
}

/** Whether the token has expired (by its own exp claim). */
export function expired() {
  const c = claims();
  return !c || (typeof c.exp === 'number' && c.exp * 1000 <= Date.now());
}

/** Takes a token from a #token= fragment, removing it from the address; true when one was there. */
export function takeTokenFromFragment() {
  if (!location.hash.startsWith('#token=')) return false;
  useToken(decodeURIComponent(location.hash.slice('#token='.length)));
  history.replaceState(history.state, '', location.pathname + location.search);
  return true;
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery(issuer) {
  const r = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!r.ok) throw new Error('OIDC discovery answered ' + r.status);
  return r.json();
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Starts the authorization code flow with PKCE (S256): goes to the provider's sign-in page. */
export async function startOidcSignIn(oidc) {
  const meta = await discovery(oidc.issuer);
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, search: location.search }));
  const q = new URLSearchParams({
    response_type: 'code', client_id: oidc.clientId, redirect_uri: redirectUri(), scope: oidc.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(meta.authorization_endpoint + '?' + q);
}

/**
 * Completes the flow when the provider sent the browser back with ?code=&state=: exchanges the code for a token
 * and restores the address the person was on. True when it signed in.
 */
export async function finishOidcSignIn(oidc) {
  const q = new URLSearchParams(location.search);
  if (!oidc || !q.has('code') || !q.has('state')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  sessionStorage.removeItem(PKCE_KEY);
  if (!pending || pending.state !== q.get('state')) throw new Error('sign-in state does not match');
  const meta = await discovery(oidc.issuer);
  const r = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: q.get('code'), redirect_uri: redirectUri(),
      client_id: oidc.clientId, code_verifier: pending.verifier,
    }),
  });
  if (!r.ok) throw new Error('token endpoint answered ' + r.status);
  const body = await r.json();
  useToken(body.access_token);
  history.replaceState(null, '', location.pathname + (pending.search || ''));
  return true;
}
