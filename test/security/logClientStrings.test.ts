/**
 * Client-chosen strings in the logs. Fault it stands for: at LOG_LEVEL=debug and trace the "trpc
 * refusal" line carried the tRPC `path` the client sent, so whatever a client put there reached the logs.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logging/createLogger.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const CANARY = 'zq-path-canary-5e1d';

describe('logs never carry client-chosen strings', () => {
  for (const level of ['trace', 'debug', 'info'] as const) {
    it(`at ${level}: an unknown tRPC path is logged as a fixed label`, async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      await using gw = await startTestGateway({ logger: createLogger({ level, destination: stream, throttleMs: 0 }), config: { LOG_LEVEL: level } });
      await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
      raw.send({ id: 1, method: 'query', params: { path: `${CANARY}.x`, input: { json: null } } });
      raw.send({ id: 2, method: 'query', params: { path: 'profile.get', input: { json: { [CANARY]: 1 } } } });
      await raw.waitFor((f) => f?.id === 1 && f.error !== undefined);
      await raw.waitFor((f) => f?.id === 2);
      const text = lines.join('');
      expect(text).not.toContain(CANARY);
      if (level !== 'info') expect(text).toMatch(/"procedure":"unknown"/);
    });
  }
});

/** Every string a client chooses, on every route it can reach, at every level (issue 21). */
describe('logs never carry client-chosen strings: headers, ids, paths, subprotocols', () => {
  const C = 'zq-client-canary-77ab';
  for (const level of ['trace', 'debug', 'info', 'warn', 'error'] as const) {
    it(`at ${level}`, async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      await using gw = await startTestGateway({
        logger: createLogger({ level, destination: stream, throttleMs: 0 }),
        config: { LOG_LEVEL: level, AUTH_MODE: 'token', AUTH_TOKENS: 'tok-good:alice', TRUSTED_PROXIES: '127.0.0.1', RATE_LIMIT_PER_MINUTE_CONNECTION: 5 },
      });
      const headers = { 'user-agent': C, 'x-forwarded-for': `${C}, 10.0.0.1`, 'x-real-ip': C, cookie: `sid=${C}`, 'x-custom': C, referer: `https://${C}.example/` };
      const good = { ...headers, authorization: 'Bearer tok-good' };

      // HTTP: paths, queries and headers, on known and unknown routes.
      for (const path of [`/${C}`, `/health?${C}=${C}`, `/api/v1/ws/check?token=${C}&origin=${C}`, `/docs/${C}`, `/vendor/${C}.js`]) {
        await fetch(`${gw.url}${path}`, { headers: { ...headers, origin: `https://${C}.example` } }).then((r) => r.arrayBuffer());
      }
      // Upgrades: a bad token, a foreign origin, a malformed user id, an unknown path, an offered subprotocol.
      const refused = [
        openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { ...headers, authorization: `Bearer ${C}` } }),
        openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { ...good, origin: `https://${C}.example` } }),
        openRawSocket(`${gw.wsUrl}/api/v1/ws/chat/${C}!`, { headers: good }),
        openRawSocket(`${gw.wsUrl}/ws/${C}`, { headers: good }),
      ];
      for (const attempt of refused) await attempt.then((s) => s.ws.terminate(), () => {});
      await using sub = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat/alice`, { headers: good, protocols: [C, `${C}-2`] });
      await sub.waitFor((f) => f.type === 'connection');

      // Compat frames: ids and session ids of its choosing, unknown types, junk.
      sub.send({ type: C, message: 'hi' });
      sub.send({ message: 'hello', session_id: C, client_message_id: C });
      sub.send({ type: 'history', session_id: C });
      sub.sendRaw(`{"${C}": `);
      for (let i = 0; i < 6; i++) sub.send({ message: 'flood', client_message_id: `${C}-${i}` });
      await expect.poll(() => sub.frames.filter((f: any) => f.type === 'error').length).toBeGreaterThanOrEqual(4);

      // tRPC: ids, paths, methods, connectionParams and a bad token.
      await using raw = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: good });
      raw.send({ id: `${C}-id`, method: 'query', params: { path: `${C}.x`, input: { json: null } } });
      raw.send({ id: `${C}-${'x'.repeat(300)}`, method: 'query', params: { path: 'session.list', input: { json: null } } });
      raw.send({ id: 7, method: C, params: { path: C } });
      raw.send({ id: 8, method: 'subscription', params: { path: 'chat.stream', input: { json: { message: 'x', lastEventId: C, sessionId: C } } } });
      raw.send({ id: 9, method: 'query', params: { path: 'session.history', input: { json: { sessionId: C, cursor: C } } } });
      await raw.waitFor((f) => f?.id === 9);
      await using params = await openRawSocket(`${gw.wsUrl}/trpc?connectionParams=1`, { headers });
      params.send({ method: 'connectionParams', data: { token: C } });
      await params.closed;

      // tRPC over HTTP: paths, batches, inputs, a bad token, Last-Event-ID, a malformed body.
      const input = (json: unknown) => encodeURIComponent(JSON.stringify({ json }));
      const overHttp = [
        fetch(`${gw.url}/trpc/${C}.x?input=${input(null)}`, { headers: good }),
        fetch(`${gw.url}/trpc/session.list,${C}?batch=1&input=${input({})}`, { headers: good }),
        fetch(`${gw.url}/trpc/session.list`, { headers: { ...headers, authorization: `Bearer ${C}` } }),
        fetch(`${gw.url}/trpc/session.history?input=${input({ sessionId: C, cursor: C })}`, { headers: good }),
        fetch(`${gw.url}/trpc/chat.stream?input=${input({ message: 'x', lastEventId: C, sessionId: C })}`, { headers: { ...good, accept: 'text/event-stream' } }),
        fetch(`${gw.url}/trpc/chat.stream?input=${input({ message: 'x' })}`, { headers: { ...good, accept: 'text/event-stream', 'last-event-id': `${C}:1` } }),
        fetch(`${gw.url}/trpc/chat.cancel`, { method: 'POST', headers: { ...good, 'content-type': 'application/json' }, body: `{"json": ${C}` }),
      ];
      for (const answer of overHttp) await answer.then((r) => r.arrayBuffer());

      const text = lines.join('');
      expect(text).not.toContain(C);
      if (level === 'trace') expect(text).toContain('"level":20');
      // The HTTP refusals were logged (with a fixed procedure label), just without the client's strings.
      if (level === 'trace' || level === 'debug') expect(text).toMatch(/"procedure":"unknown".*"msg":"trpc http refusal"/);
    });
  }
});
