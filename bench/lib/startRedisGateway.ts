import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';
import { controlChild } from './controlChild.ts';
import type { BenchServer } from './startServer.ts';

/**
 * A gateway on the Redis store in its own process (bench/lib/redisGatewayServer.ts), with the same
 * IPC control channel as startServer's servers, so the scenarios run against it unchanged.
 */
export async function startRedisGateway(env: Record<string, string>): Promise<BenchServer> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child: ChildProcess = fork(fileURLToPath(new URL('./redisGatewayServer.ts', import.meta.url)), [], {
    cwd: root,
    execArgv: ['--import', TYPESCRIPT_LOADER, '--expose-gc'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return controlChild(child, 'gateway');
}
