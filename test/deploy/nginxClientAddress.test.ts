/**
 * Per-IP limits behind the shipped nginx. Fault it stands for: a proxy in front of the gateway makes
 * every client look like the proxy, so one shared per-IP budget refuses the 51st visitor. With
 * TRUSTED_PROXIES as a range (127.0.0.0/8 here, the compose network's subnet in deploy/compose.yaml)
 * the address nginx reports is each client's own.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { mustRun, requireSystemTool } from '../e2e/requireSystemTool.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { NGINX, startNginx } from './startNginx.ts';

const nginx = requireSystemTool({ name: 'nginx', path: NGINX, probeArgs: ['-v'], installHint: 'apt-get install nginx' });

/** Opens a compat socket through the proxy from a chosen loopback source address; resolves with the socket or the refusal. */
function connectFrom(url: string, localAddress: string): Promise<{ ws: WebSocket } | { status: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

describe.runIf(mustRun(nginx))('per-IP limits through the shipped nginx with TRUSTED_PROXIES=127.0.0.0/8', () => {
  it('counts each client by the address nginx reports, not by nginx', async () => {
    await using gw = await startTestGateway({ config: { MAX_CONNECTIONS_PER_IP: 1, TRUSTED_PROXIES: '127.0.0.0/8' } });
    await using proxy = await startNginx([gw.port, gw.port]);
    const url = `${proxy.wsUrl}/api/v1/ws/chat`;
    const a = await connectFrom(url, '127.0.0.2');
    const b = await connectFrom(url, '127.0.0.3');
    const again = await connectFrom(url, '127.0.0.2');
    try {
      expect('ws' in a && 'ws' in b).toBe(true);
      // The same client's second socket is over its own cap, seen through the proxy.
      expect(again).toEqual({ status: 429 });
    } finally {
      for (const s of [a, b, again]) if ('ws' in s) s.ws.terminate();
    }
  });

  it('without the range, every client behind nginx shares the proxy\'s budget (the failure it fixes)', async () => {
    await using gw = await startTestGateway({ config: { MAX_CONNECTIONS_PER_IP: 1 } });
    await using proxy = await startNginx([gw.port, gw.port]);
    const url = `${proxy.wsUrl}/api/v1/ws/chat`;
    const a = await connectFrom(url, '127.0.0.2');
    const b = await connectFrom(url, '127.0.0.3');
    try {
      expect('ws' in a).toBe(true);
      expect(b).toEqual({ status: 429 });
    } finally {
      for (const s of [a, b]) if ('ws' in s) s.ws.terminate();
    }
  });
});
