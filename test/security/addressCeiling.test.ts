import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

// Four accounts a single attacker holds, all behind one address (issue 21: the address as a ceiling).
const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'tok-a:ann,tok-b:bob,tok-c:cai,tok-d:dee,tok-e:eve', TRUSTED_PROXIES: '127.0.0.1' };
const slowProvider = () => createScriptedProvider({ tokens: Array.from({ length: 60 }, (_, i) => `w${i} `), delayMs: 25 });
const as = (gw: { wsUrl: string }, token: string, ip: string) =>
  openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { authorization: `Bearer ${token}`, 'x-real-ip': ip } });

describe('with auth, the address is a ceiling over its users', () => {
  it('running turns: users from one address together stop at MAX_CONCURRENT_TURNS_IP, across reconnects; another address is served', async () => {
    await using gw = await startTestGateway({ provider: slowProvider(), config: { ...AUTH, MAX_CONCURRENT_TURNS_USER: 2, MAX_CONCURRENT_TURNS_IP: 3 } });
    // Three users start a turn each and drop their sockets: the turns run on and still count.
    for (const token of ['tok-a', 'tok-b', 'tok-c']) {
      const s = await as(gw, token, '203.0.113.7');
      await s.waitFor((f) => f.type === 'connection');
      s.send({ message: 'tell me about colds' });
      await s.waitFor((f) => f.type === 'token');
      s.ws.terminate();
    }
    // A fourth user, under its own per-user cap, is over the address's.
    await using fourth = await as(gw, 'tok-d', '203.0.113.7');
    await fourth.waitFor((f) => f.type === 'connection');
    fourth.send({ message: 'and me?' });
    const refused = await fourth.waitFor<{ error_type: string; message: string }>((f) => f.type === 'error');
    expect(refused).toMatchObject({ error_type: 'busy', retryable: true });
    expect(refused.message).toMatch(/address/);
    expect(gw.engine.activeTurns).toBe(3);
    // The same user from another address, and another user, are served meanwhile.
    await expectServed(gw.wsUrl, { headers: { authorization: 'Bearer tok-e', 'x-real-ip': '198.51.100.2' } });
    await expectServed(gw.wsUrl, { headers: { authorization: 'Bearer tok-d', 'x-real-ip': '198.51.100.3' } });
  });

  it('requests: users from one address together stop at RATE_LIMIT_PER_MINUTE_IP; another address is served', async () => {
    await using gw = await startTestGateway({ config: { ...AUTH, RATE_LIMIT_PER_MINUTE_USER: 60, RATE_LIMIT_PER_MINUTE_IP: 3 } });
    for (const token of ['tok-a', 'tok-b', 'tok-c']) {
      await using s = await as(gw, token, '203.0.113.8');
      await s.waitFor((f) => f.type === 'connection');
      s.send({ message: 'hello' });
      await s.waitFor((f) => f.type === 'stream_end');
    }
    await using fourth = await as(gw, 'tok-d', '203.0.113.8');
    await fourth.waitFor((f) => f.type === 'connection');
    fourth.send({ message: 'hello' });
    expect(await fourth.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'rate_limited', retry_after: expect.any(Number) });
    await expectServed(gw.wsUrl, { headers: { authorization: 'Bearer tok-d', 'x-real-ip': '198.51.100.4' } });
  });
});

describe('new sockets per address', () => {
  it('an upgrade flood (open, close, open...) is refused with 429 past UPGRADES_PER_MINUTE_IP; another address still connects and is served', async () => {
    await using gw = await startTestGateway({ config: { TRUSTED_PROXIES: '127.0.0.1', UPGRADES_PER_MINUTE_IP: 3 } });
    const from = (ip: string) => openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { 'x-real-ip': ip } });
    for (let i = 0; i < 3; i++) {
      const s = await from('203.0.113.9');
      s.ws.close();
      await s.closed;
    }
    // Each socket closed, so the open-socket cap is not what refuses: the rate of new ones is.
    await expect(from('203.0.113.9')).rejects.toThrow('HTTP 429');
    await expect(openRawSocket(`${gw.wsUrl}/trpc`, { headers: { 'x-real-ip': '203.0.113.9' } })).rejects.toThrow('HTTP 429');
    await expectServed(gw.wsUrl, { headers: { 'x-real-ip': '198.51.100.5' } });
  });
});
