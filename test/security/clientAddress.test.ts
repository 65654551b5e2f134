import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createClientAddress } from '../../server/security/clientAddress.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const request = (peer: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress: peer }, headers }) as unknown as IncomingMessage;

describe('client address behind a proxy', () => {
  const address = createClientAddress(['10.0.0.5']);

  it('believes X-Real-IP, then the last X-Forwarded-For entry, only from a trusted proxy', () => {
    expect(address(request('::ffff:10.0.0.5', { 'x-real-ip': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(address(request('10.0.0.5', { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(address(request('10.0.0.5', { 'x-real-ip': 'not-an-ip' }))).toBe('10.0.0.5');
  });

  it('takes CIDR ranges of both families, and an IPv4-mapped IPv6 peer matches its IPv4 range', () => {
    const ranged = createClientAddress(['172.16.0.0/12', 'fd00::/8', '127.0.0.1']);
    expect(ranged(request('172.20.3.4', { 'x-real-ip': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(ranged(request('::ffff:172.31.255.254', { 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8');
    expect(ranged(request('fd12:3456::1', { 'x-real-ip': '2001:db8::9' }))).toBe('2001:db8::9');
    expect(ranged(request('172.32.0.1', { 'x-real-ip': '203.0.113.7' }))).toBe('172.32.0.1');
    expect(ranged(request('fe80::1', { 'x-real-ip': '203.0.113.7' }))).toBe('fe80::1');
    expect(ranged(request('127.0.0.2', { 'x-real-ip': '203.0.113.7' }))).toBe('127.0.0.2');
  });

  it('refuses a malformed entry at start-up, naming it', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', 'proxy.local', '10.0.0.0/x']) {
      expect(() => createConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
    expect(createConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toBe('10.0.0.0/8, ::1');
  });

  it('ignores the headers from anyone else (attack: forged X-Real-IP to dodge the per-IP cap)', () => {
    expect(address(request('192.0.2.44', { 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '203.0.113.8' }))).toBe('192.0.2.44');
  });

  it('counts clients behind a trusted proxy separately at the upgrade', async () => {
    await using gw = await startTestGateway({ config: { MAX_CONNECTIONS_PER_IP: 1, TRUSTED_PROXIES: '127.0.0.1' } });
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    await using a = await openRawSocket(url, { headers: { 'x-real-ip': '203.0.113.1' } });
    await using b = await openRawSocket(url, { headers: { 'x-real-ip': '203.0.113.2' } });
    await expect(openRawSocket(url, { headers: { 'x-real-ip': '203.0.113.1' } })).rejects.toThrow(/HTTP 429/);
    expect([a.ws.readyState, b.ws.readyState]).toEqual([a.ws.OPEN, b.ws.OPEN]);
  });
});
