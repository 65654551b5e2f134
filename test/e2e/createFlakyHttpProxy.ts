import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP reverse proxy in front of the gateway, as nginx would be, that a test can make misbehave:
 * cut every open response (a dropped network), or answer the next requests itself with an error
 * status (a proxy whose upstream is restarting).
 */
export async function createFlakyHttpProxy(targetPort: number): Promise<{ url: string; refuseNext(count: number, status: number): void; dropAll(): void; close(): Promise<void> }> {
  let refusals = 0;
  let refusalStatus = 502;
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (refusals > 0) {
      refusals--;
      res.writeHead(refusalStatus, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>');
      return;
    }
    const upstream = request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
    open.add(res);
    res.on('close', () => {
      open.delete(res);
      upstream.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refuseNext: (count, status) => {
      refusals = count;
      refusalStatus = status;
    },
    dropAll: () => {
      for (const res of open) res.socket?.destroy();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
