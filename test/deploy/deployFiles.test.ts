import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../server/config/loadConfig.ts';
import { parseTrustedProxies } from '../../server/security/parseTrustedProxies.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const exists = (path: string) => existsSync(new URL(`../../${path}`, import.meta.url));

// No Docker engine runs here: these checks keep the files consistent with the repository and with
// each other; the images themselves are built where an engine exists (docs/deployment.md).
describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds better-sqlite3 in a builder stage on Node 24 LTS and starts the gateway with node itself as the non-root node user', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/^node:24-bookworm-slim AS build/);
    expect(stages[0]).toMatch(/npm_config_build_from_source=true/);
    expect(stages[0]).toMatch(/npm ci --omit=dev/);
    const runtime = stages[1] ?? '';
    expect(runtime).toMatch(/^node:24-bookworm-slim\n/);
    expect(runtime).not.toMatch(/g\+\+|apt-get/);
    expect(runtime).toMatch(/^USER node$/m);
    // Not npm as PID 1 (it would sit between the signal and the gateway), not a loader hook.
    expect(runtime).toMatch(/^CMD \["node", "--disable-warning=ExperimentalWarning", "server\/main\.ts"\]$/m);
    expect(runtime.indexOf('USER node')).toBeLessThan(runtime.indexOf('CMD'));
  });

  it('copies every source folder the gateway loads at run time, and they exist', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(\S+) \.\/\S+$/gm)].map((m) => m[1] as string);
    // The package's entries (server, plugin SDK, client, compat) and the page GET / serves.
    for (const folder of ['server', 'plugins', 'compat', 'client', 'examples']) expect(copied).toContain(folder);
    for (const path of copied) expect(exists(path), path).toBe(true);
    const ignored = read('.dockerignore').split('\n');
    for (const secret of ['.env', 'data', 'node_modules']) expect(ignored).toContain(secret);
  });
});

describe('deploy/compose.yaml', () => {
  const compose = read('deploy/compose.yaml');
  const nginx = read('deploy/nginx/nginx.conf');

  it('runs two gateways on one Redis behind nginx with the shipped config', () => {
    const services = compose.slice(compose.indexOf('\nservices:'), compose.indexOf('\nnetworks:')).match(/^ {2}([a-z][\w-]*):/gm)?.map((s) => s.trim().slice(0, -1));
    expect(services).toEqual(['gateway-a', 'gateway-b', 'redis', 'nginx']);
    expect(compose).toMatch(/gateway-a: \*gateway\n\s+gateway-b: \*gateway/);
    expect(compose).toMatch(/STORE: redis\n\s+REDIS_URL: redis:\/\/redis:6379/);
    expect(compose).toContain('./nginx/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(exists('deploy/nginx/nginx.conf')).toBe(true);
    expect(compose).toMatch(/context: \.\.\n\s+dockerfile: Dockerfile/);
  });

  it("trusts nginx's fixed address, and only it, for the client address (per-IP limits see real clients)", () => {
    const subnet = /subnet: (\d+\.\d+\.\d+\.\d+\/\d+)/.exec(compose)?.[1] ?? '';
    const nginxAddress = /ipv4_address: (\d+\.\d+\.\d+\.\d+)/.exec(compose)?.[1] ?? '';
    const trusted = /TRUSTED_PROXIES: (\S+)/.exec(compose)?.[1];
    expect(trusted).toBe(nginxAddress);
    const list = parseTrustedProxies([subnet]);
    expect(list.check(nginxAddress, 'ipv4')).toBe(true);
    expect(createConfig({ TRUSTED_PROXIES: trusted ?? '' }).TRUSTED_PROXIES).toBe(nginxAddress);
    // Every service is on the network whose subnet is fixed.
    expect(compose.match(/networks: \[medchat\]/g)).toHaveLength(2);
  });

  it("points nginx's upstream at the compose services on the gateways' port", () => {
    const port = /PORT: "(\d+)"/.exec(compose)?.[1];
    const upstreams = [...nginx.matchAll(/^\s*server ([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual([`gateway-a:${port}`, `gateway-b:${port}`]);
    expect(compose).toMatch(/"8080:8080"/);
    expect(nginx).toMatch(/listen 8080;/);
  });
});
