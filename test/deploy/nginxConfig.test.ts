import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustRun, requireSystemTool } from '../e2e/requireSystemTool.ts';
import { NGINX, SHIPPED_CONF, prepareNginxPrefix, testNginxConfig } from './startNginx.ts';

const nginx = requireSystemTool({ name: 'nginx', path: NGINX, probeArgs: ['-v'], installHint: 'apt-get install nginx' });
const GUIDE = new URL('../../../shared/websocket-streaming-guide.md', import.meta.url);
const shipped = readFileSync(SHIPPED_CONF, 'utf8');

/** The directives of one `location PATH { ... }` block, one per entry, comments dropped. */
function locationBlock(conf: string, path: string): string[] {
  const start = conf.indexOf(`location ${path} {`);
  if (start < 0) return [];
  const body = conf.slice(conf.indexOf('{', start) + 1, conf.indexOf('}', start));
  return body
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

describe.runIf(mustRun(nginx))('deploy/nginx/nginx.conf', () => {
  it('passes nginx -t (Debian nginx, compose service names templated to 127.0.0.1)', () => {
    const result = testNginxConfig([18001, 18002]);
    expect(result.output).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it.runIf(process.getuid?.() === 0 && existsSync('/usr/bin/setpriv'))('passes nginx -t as an unprivileged user too', () => {
    const { dir, args } = prepareNginxPrefix([18001, 18002], 8080);
    // Its own prefix, as a container's writable /tmp would be.
    chownSync(dir, 65534, 65534);
    try {
      const result = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', NGINX, '-t', ...args], { encoding: 'utf8' });
      expect(`${result.stdout}${result.stderr}`).toContain('test is successful');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(GUIDE))("keeps the guide's location block for /api/v1/ws/, pointed at both gateways without stickiness", () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const fence = /```nginx\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const ours = locationBlock(shipped, '/api/v1/ws/');
    const guideBlock = locationBlock(fence, '/api/v1/ws/');
    expect(guideBlock.length).toBeGreaterThan(5);
    for (const directive of guideBlock) {
      if (directive.startsWith('proxy_pass ')) expect(ours).toContain('proxy_pass http://backend;');
      else expect(ours).toContain(directive);
    }
    expect(shipped).toMatch(/upstream backend \{\s*server gateway-a:8000[^;]*;\s*server gateway-b:8000[^;]*;\s*\}/);
    const directives = shipped.replace(/#.*/g, '');
    expect(directives).not.toMatch(/\b(ip_hash|hash|sticky)\b/);
  });
});
