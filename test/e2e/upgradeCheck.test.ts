import { WebSocket } from 'ws';
import { describe, expect, it, vi } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const TOKENS = { AUTH_MODE: 'token', AUTH_TOKENS: 'good-token:alice,bob-token:bob' } as const;

/** The HTTP status a real upgrade gets (101 when it opened). */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, [], { headers });
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    ws.once('error', (err) => (err.message.includes('Unexpected server response') ? undefined : reject(err)));
  });
}

async function check(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { status: number; error_type: string | null; message: string; retry_after_seconds?: number } };
}

describe('GET /api/v1/ws/check: why an upgrade would be refused', () => {
  it('answers the status the same upgrade gets, for each credential and Origin', async () => {
    await using gw = await startTestGateway({ config: TOKENS });
    const cases: { path: string; query?: string; headers?: Record<string, string>; status: number; errorType: string | null; message: RegExp }[] = [
      { path: '', headers: { authorization: 'Bearer good-token' }, status: 200, errorType: null, message: /would be accepted/ },
      { path: '', query: '?token=good-token', status: 200, errorType: null, message: /would be accepted/ },
      { path: '/alice', query: '?token=good-token', status: 200, errorType: null, message: /would be accepted/ },
      { path: '', status: 401, errorType: 'unauthorized', message: /^Authentication required$/ },
      { path: '', query: '?token=wrong', status: 401, errorType: 'unauthorized', message: /^Invalid credentials$/ },
      { path: '', headers: { authorization: 'Bearer wrong' }, status: 401, errorType: 'unauthorized', message: /^Invalid credentials$/ },
      { path: '/bob', query: '?token=good-token', status: 403, errorType: 'forbidden', message: /another user/ },
      { path: '', query: '?token=good-token', headers: { origin: 'https://evil.example' }, status: 403, errorType: 'forbidden', message: /origin/ },
      { path: '', query: '?token=good-token', headers: { origin: 'http://localhost:5173' }, status: 200, errorType: null, message: /would be accepted/ },
    ];
    for (const c of cases) {
      const got = await check(`${gw.url}/api/v1/ws/check${c.path}${c.query ?? ''}`, c.headers);
      const label = JSON.stringify(c);
      expect(got.status, label).toBe(c.status);
      expect(got.body.status, label).toBe(c.status);
      expect(got.body.error_type, label).toBe(c.errorType);
      expect(got.body.message, label).toMatch(c.message);
      expect(got.headers.get('cache-control'), label).toBe('no-store');
      if (c.status === 401) expect(got.headers.get('www-authenticate'), label).toBe('Bearer');
      // The real upgrade with the same path, credentials and Origin.
      const upgrade = await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat${c.path}${c.query ?? ''}`, c.headers);
      expect(upgrade, label).toBe(c.status === 200 ? 101 : c.status);
    }
  });

  it("takes a same-origin page's ?origin= (a same-origin fetch sends no Origin); the header wins", async () => {
    await using gw = await startTestGateway({ config: { ...TOKENS, ALLOWED_ORIGINS: 'https://app.example.com' } });
    const url = `${gw.url}/api/v1/ws/check?token=good-token`;
    expect((await check(`${url}&origin=${encodeURIComponent('https://app.example.com')}`)).status).toBe(200);
    expect((await check(`${url}&origin=${encodeURIComponent(gw.url)}`)).body).toMatchObject({ status: 403, error_type: 'forbidden' });
    expect((await check(`${url}&origin=${encodeURIComponent('https://app.example.com')}`, { origin: 'https://evil.example' })).status).toBe(403);
    // CORS as on every route: an allowed page can read the answer.
    const allowed = await check(url, { origin: 'https://app.example.com' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://app.example.com', 'access-control-request-headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('says 429 while the address holds its connection cap, and is not itself counted as a connection', async () => {
    await using gw = await startTestGateway({ config: { ...TOKENS, MAX_CONNECTIONS_PER_IP: 1 } });
    const url = `${gw.url}/api/v1/ws/check?token=good-token`;
    // Checks take no slot: the one allowed socket still opens after several checks.
    for (let i = 0; i < 3; i++) expect((await check(url)).status).toBe(200);
    const socket = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat?token=good-token`);
    const busy = await check(url);
    expect(busy.status).toBe(429);
    expect(busy.body).toMatchObject({ status: 429, error_type: 'rate_limited', message: 'Too many connections from this address' });
    expect(await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat?token=good-token`)).toBe(429);
    // A wrong token behind the cap is still told 429 first, as the upgrade is.
    expect((await check(`${gw.url}/api/v1/ws/check?token=wrong`)).status).toBe(429);
    socket.ws.close();
    await vi.waitFor(async () => expect((await check(url)).status).toBe(200));
  });

  it('is rate-limited per address like a connection\'s requests, with Retry-After, so it is no token oracle', async () => {
    await using gw = await startTestGateway({ config: { ...TOKENS, RATE_LIMIT_PER_MINUTE_CONNECTION: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await check(`${gw.url}/api/v1/ws/check?token=guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await check(`${gw.url}/api/v1/ws/check?token=good-token`);
    expect(limited.status).toBe(429);
    expect(limited.body.error_type).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.retry_after_seconds).toBe(Number(limited.headers.get('retry-after')));
    // The check's limit is its own: a real connection from the same address is still served.
    const socket = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat?token=good-token`);
    await socket.waitFor((f: { type: string }) => f.type === 'connection');
    socket.ws.close();
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metrics).toMatch(/medchat_rate_limit_refusals_total\{scope="check_ip"\} 1\b/);
  });

  it('refuses a malformed user id and other methods clearly', async () => {
    await using gw = await startTestGateway({ config: TOKENS });
    const bad = await check(`${gw.url}/api/v1/ws/check/not%20ok?token=good-token`);
    expect(bad.status).toBe(400);
    expect(bad.body.error_type).toBe('validation_error');
    const post = await fetch(`${gw.url}/api/v1/ws/check`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('says 503 with Retry-After while the gateway drains, as the upgrade is told', async () => {
    const provider = createScriptedProvider({ tokens: Array.from({ length: 200 }, () => 'x'), delayMs: 20 });
    await using gw = await startTestGateway({ provider });
    const socket = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    socket.send({ message: 'a long answer please' });
    await socket.waitFor((f: { type: string }) => f.type === 'token');
    // A running turn keeps the drain open for its grace time.
    const drained = gw.shutdown({ graceMs: 10_000 });
    const draining = await check(`${gw.url}/api/v1/ws/check`);
    expect(draining.status).toBe(503);
    expect(draining.headers.get('retry-after')).toBe('5');
    expect(draining.body).toMatchObject({ status: 503, error_type: 'draining', retry_after_seconds: 5 });
    expect(await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat`)).toBe(503);
    await socket.waitFor((f: { type: string }) => f.type === 'stream_end', 0, 20_000);
    await drained;
  });

  it('with AUTH_MODE=none says 200 without credentials', async () => {
    await using gw = await startTestGateway();
    expect((await check(`${gw.url}/api/v1/ws/check/anyone`)).body).toMatchObject({ status: 200, error_type: null });
  });
});
