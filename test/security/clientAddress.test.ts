import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
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
