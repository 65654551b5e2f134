/**
 * The `medchat` command as a person runs it. Fault it stands for: with no server running it printed
 * nothing and hung until killed; a bad flag or `--url 127.0.0.1:8000` printed a stack trace.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../harness/freePort.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const BIN = fileURLToPath(new URL('../../client/bin/medchat.mjs', import.meta.url));

function runCli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, MEDCHAT_URL: '', MEDCHAT_TOKEN: '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(stdin ?? '');
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('medchat CLI', () => {
  it('with no gateway running, says it cannot reach the URL and exits 1', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const { code, stdout, stderr } = await runCli(['--url', url, '--timeout', '500', 'I have a sore throat']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`medchat: cannot reach the gateway at ${url}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('explains a bad flag or a URL without a scheme in one line and exits 2', async () => {
    const flag = await runCli(['--colour']);
    expect(flag.code).toBe(2);
    expect(flag.stderr.split('\n')[0]).toMatch(/^medchat: Unknown option '--colour'/);
    expect(flag.stderr).toContain('usage: medchat');
    const url = await runCli(['--url', '127.0.0.1:8000', 'hi']);
    expect(url.code).toBe(2);
    expect(url.stderr.split('\n')[0]).toBe('medchat: --url must be a full URL such as http://127.0.0.1:8000 (got "127.0.0.1:8000")');
    for (const r of [flag, url]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('against a gateway that refuses the token, says so and exits 1', async () => {
    await using gw = await startTestGateway({ config: { AUTH_MODE: 'token', AUTH_TOKENS: 'good-token:alice' } });
    const { code, stderr } = await runCli(['--url', gw.url, '--token', 'wrong-token', 'hello']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/medchat: the gateway refused the token \(401\)/);
  }, 30_000);

  it('streams the answer to stdout and exits 0; interactive mode prints a prompt on stderr', async () => {
    await using gw = await startTestGateway();
    const one = await runCli(['--url', gw.url, 'hello']);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe('Hello there.\n');
    const interactive = await runCli(['--url', gw.url], {}, 'hello\n');
    expect(interactive.code).toBe(0);
    expect(interactive.stdout).toBe('Hello there.\n');
    expect(interactive.stderr).toMatch(/^medchat: describe what is going on \(Ctrl-D to quit\)\n> /);
  }, 30_000);
});
