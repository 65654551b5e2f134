import type { Redis } from 'ioredis';

export interface RedisCounters {
  /** Commands executed, from INFO commandstats (a script's own calls count as well), less INFO itself. */
  readonly calls: number;
  /** Redis server CPU, used_cpu_user + used_cpu_sys, seconds. */
  readonly cpuSec: number;
  /** Calls per command, for the breakdown. */
  readonly byCommand: Readonly<Record<string, number>>;
}

/** Reads the counters a run's deltas are taken from. */
export async function readRedisInfo(redis: Redis): Promise<RedisCounters> {
  const text = await redis.info('all');
  const byCommand: Record<string, number> = {};
  let calls = 0;
  let cpuSec = 0;
  for (const line of text.split('\r\n')) {
    const stat = /^cmdstat_([^:]+):calls=(\d+)/.exec(line);
    if (stat) {
      const name = stat[1] as string;
      if (name === 'info') continue;
      byCommand[name] = Number(stat[2]);
      calls += Number(stat[2]);
      continue;
    }
    const cpu = /^used_cpu_(?:user|sys):([\d.]+)$/.exec(line);
    if (cpu) cpuSec += Number(cpu[1]);
  }
  return { calls, cpuSec, byCommand };
}

/** `after - before`, per command, without the ones that did not move. */
export function commandDeltas(before: RedisCounters, after: RedisCounters): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, n] of Object.entries(after.byCommand)) {
    const d = n - (before.byCommand[name] ?? 0);
    if (d > 0) out[name] = d;
  }
  return out;
}
