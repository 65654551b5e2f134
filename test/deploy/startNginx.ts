import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginxConfig } from './renderNginxConfig.ts';
import { freePort } from '../harness/freePort.ts';

export const NGINX = '/usr/sbin/nginx';
export const SHIPPED_CONF = new URL('../../deploy/nginx/nginx.conf', import.meta.url);

export interface TestNginx extends AsyncDisposable {
  readonly port: number;
  readonly wsUrl: string;
  readonly url: string;
  /** The access log so far (one line per finished request, with the upstream that served it). */
  accessLog(): string;
  /** nginx's error log (warnings and up), for failure messages. */
  errorLog(): string;
}

/** The shipped config rendered for loopback into a fresh prefix dir (see renderNginxConfig). */
export function prepareNginxPrefix(upstreamPorts: readonly [number, number], listenPort: number): { dir: string; conf: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'medchat-nginx-'));
  // Workers run as nobody when the master is root (CI): they must reach the temp dirs in here.
  chmodSync(dir, 0o755);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig(readFileSync(SHIPPED_CONF, 'utf8'), { listenPort, upstreamPorts, dir }));
  return { dir, conf, args: ['-p', dir, '-c', conf, '-g', `pid ${dir}/nginx.pid;`] };
}

/** `nginx -t` on the rendered shipped config; returns nginx's verdict (it writes it to stderr). */
export function testNginxConfig(upstreamPorts: readonly [number, number]): { status: number | null; output: string } {
  const { dir, args } = prepareNginxPrefix(upstreamPorts, 8080);
  try {
    const result = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs nginx in the foreground as a child process on a free loopback port, in front of two gateways. */
export async function startNginx(upstreamPorts: readonly [number, number]): Promise<TestNginx> {
  const port = await freePort();
  const { dir, args } = prepareNginxPrefix(upstreamPorts, port);
  args[args.length - 1] = `daemon off; pid ${dir}/nginx.pid;`;
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    errorLog: () => stderr,
    accessLog: () => {
      try {
        return readFileSync(join(dir, 'access.log'), 'utf8');
      } catch {
        return '';
      }
    },
    async [Symbol.asyncDispose]() {
      // SIGQUIT would wait for open WebSockets; the test is over, so stop at once.
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
