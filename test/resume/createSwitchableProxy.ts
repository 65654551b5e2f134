import { createServer, connect, type Socket } from 'node:net';

export interface SwitchableProxy extends AsyncDisposable {
  readonly url: string;
  /** Where new connections go: like a load balancer picking another instance. */
  target: number;
  /** Resets every open connection (both sides), as a network change or a dead instance would. */
  dropAll(): void;
  /**
   * Stops forwarding on every open connection, both ways, without closing or resetting either side
   * (what each side sends is swallowed; a side that closes is not told to the other): a half-open
   * connection, as a NAT that forgot it or a sleeping network leaves it. New connections pass.
   */
  silenceAll(): void;
  /** Connections accepted so far. */
  readonly accepted: number;
}

/** A TCP proxy between a client and the gateway(s), so a test can cut real sockets mid-turn. */
export async function createSwitchableProxy(target: number): Promise<SwitchableProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<{ client: Socket; upstream: Socket; silenced: boolean }>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const proxy = {
    target,
    url: '',
    accepted: 0,
    dropAll() {
      for (const s of sockets) s.resetAndDestroy();
    },
    silenceAll() {
      for (const pair of pairs) {
        pair.silenced = true;
        pair.client.unpipe(pair.upstream);
        pair.upstream.unpipe(pair.client);
        for (const side of [pair.client, pair.upstream]) side.on('data', () => {});
      }
      pairs.clear();
    },
    async [Symbol.asyncDispose]() {
      this.dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((client) => {
    proxy.accepted++;
    const upstream = connect(proxy.target, '127.0.0.1');
    const pair = { client, upstream, silenced: false };
    pairs.add(pair);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => (pairs.delete(pair), pair.silenced || upstream.destroy()));
    upstream.on('close', () => (pairs.delete(pair), pair.silenced || client.destroy()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return proxy;
}
