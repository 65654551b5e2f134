import { createServer, connect, type Socket } from 'node:net';

export interface SwitchableProxy extends AsyncDisposable {
  readonly url: string;
  /** Where new connections go: like a load balancer picking another instance. */
  target: number;
  /** Resets every open connection (both sides), as a network change or a dead instance would. */
  dropAll(): void;
}

/** A TCP proxy between a client and the gateway(s), so a test can cut real sockets mid-turn. */
export async function createSwitchableProxy(target: number): Promise<SwitchableProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const proxy = {
    target,
    url: '',
    dropAll() {
      for (const s of sockets) s.resetAndDestroy();
    },
    async [Symbol.asyncDispose]() {
      this.dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((client) => {
    const upstream = connect(proxy.target, '127.0.0.1');
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return proxy;
}
