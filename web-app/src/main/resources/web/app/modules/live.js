// Follows the reports' live feed (/api/reports/stream, server-sent events). EventSource cannot send a bearer token,
// so the stream is read with fetch. After a dropped stream or a network error it reconnects every 2 s and says so.

import { token } from './auth.js';
import { parseExact } from './exact.js';

/**
 * Starts following; {@code onUpdate(event)} gets each update ({national, changedZones}), {@code onState(state)} gets
 * 'connecting', 'live' or 'reconnecting', {@code onSignedOut()} a refused token. Returns a function that stops it.
 */
export function follow({ onUpdate, onState, onSignedOut, retryMs = 2000 }) {
  const controller = new AbortController();
  let stopped = false;

  async function once() {
    const r = await fetch('/api/reports/stream', {
      headers: { Authorization: 'Bearer ' + token(), Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (r.status === 401 || r.status === 403) return 'signed-out';
    if (!r.ok) throw new Error('live feed answered ' + r.status);
    onState('live');
    const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      buffer += value;
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i).trim();
        buffer = buffer.slice(i + 1);
        if (line.startsWith('data:')) onUpdate(parseExact(line.slice(5)));
      }
    }
  }

  (async () => {
    onState('connecting');
    while (!stopped) {
      try {
        if (await once() === 'signed-out') {
          onSignedOut();
          return;
        }
      } catch (e) {
        if (stopped) return;
      }
      onState('reconnecting');
      await new Promise(resolve => setTimeout(resolve, retryMs));
    }
  })();

  return () => {
    stopped = true;
    controller.abort();
  };
}
