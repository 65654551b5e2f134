import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemTool {
  readonly available: boolean;
  /** Why the tool is unusable, for the skip notice or the CI failure. */
  readonly reason: string;
}

/**
 * Probes a Debian-packaged tool the end-to-end tests drive. Missing under CI is a failure (`.ci/run`
 * installs it); missing on a developer machine is a skip with a visible notice on stderr.
 */
export function requireSystemTool(opts: { name: string; path: string; probeArgs?: string[]; installHint: string }): SystemTool {
  let reason = '';
  if (!existsSync(opts.path)) reason = `${opts.path} not found`;
  else if (opts.probeArgs) {
    const probe = spawnSync(opts.path, opts.probeArgs, { encoding: 'utf8', timeout: 20_000 });
    if (probe.status !== 0) reason = `${opts.path} ${opts.probeArgs.join(' ')} failed: ${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1)}`;
  }
  const available = reason === '';
  if (!available && !process.env['CI']) {
    process.stderr.write(`\n[e2e] SKIPPING ${opts.name} tests: ${reason}. Install with: ${opts.installHint}\n\n`);
  }
  return { available, reason };
}

/** Under CI a missing tool fails the suite instead of skipping it. */
export function mustRun(tool: SystemTool): boolean {
  if (tool.available) return true;
  if (process.env['CI']) throw new Error(`required system tool missing under CI: ${tool.reason}`);
  return false;
}
