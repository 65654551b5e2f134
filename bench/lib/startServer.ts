import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlChild } from './controlChild.ts';
import type { ControlCommand, ServerStats } from './serveControl.ts';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

export type ServerKind = 'raw' | 'bareTrpc' | 'gateway' | 'gatewaySqlite';

export interface BenchServer {
  readonly kind: ServerKind;
  readonly pid: number;
  readonly wsBase: string;
  control(cmd: ControlCommand): Promise<ServerStats>;
  stop(): Promise<void>;
}

const ENTRY: Record<ServerKind, string> = {
  raw: 'servers/rawServer.ts',
  bareTrpc: 'servers/bareTrpcServer.ts',
  gateway: 'servers/gatewayServer.ts',
  gatewaySqlite: 'servers/gatewayServer.ts',
};

/**
 * Starts a bench server in its own process (with `npm start`'s TypeScript loader, the same for every
 * server; `BENCH_IMPORT=tsx` to compare; --expose-gc so memory is read after a collection)
 * with an IPC channel for the control commands. `BENCH_CPU_PROF=dir` adds --cpu-prof for profiling;
 * `BENCH_NODE_ARGS` adds node/V8 flags (e.g. `--trace-gc`).
 */
export async function startServer(kind: ServerKind): Promise<BenchServer> {
  // BENCH_ROOT: another checkout (with this bench/ copied in) to measure, e.g. the code before a change.
  const benchDir = process.env['BENCH_ROOT'] ? join(process.env['BENCH_ROOT'], 'bench') : fileURLToPath(new URL('..', import.meta.url));
  const sqliteDir = kind === 'gatewaySqlite' ? mkdtempSync(join(tmpdir(), 'medchat-bench-')) : undefined;
  const profDir = process.env['BENCH_CPU_PROF'];
  const child: ChildProcess = fork(join(benchDir, ENTRY[kind]), [], {
    cwd: join(benchDir, '..'),
    execArgv: [
      '--import',
      // This checkout's loader, also for another BENCH_ROOT (it compiles any TypeScript file).
      process.env['BENCH_IMPORT'] ?? TYPESCRIPT_LOADER,
      '--expose-gc',
      ...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []),
      ...(process.env['BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
    ],
    env: { ...process.env, ...(sqliteDir ? { STORE: 'sqlite', SQLITE_PATH: join(sqliteDir, 'bench.db') } : { STORE: 'memory' }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return controlChild(child, kind, sqliteDir ? () => rmSync(sqliteDir, { recursive: true, force: true }) : undefined);
}
