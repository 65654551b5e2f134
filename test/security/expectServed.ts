import { expect } from 'vitest';
import { openRawSocket } from '../harness/openRawSocket.ts';

/**
 * The well-behaved client of every hostile case: a fresh compat socket on the same gateway asks a
 * question and gets a whole answer, so an attack on one connection never costs anyone else service.
 */
export async function expectServed(wsUrl: string, opts: { path?: string; headers?: Record<string, string> } = {}): Promise<void> {
  await using good = await openRawSocket(`${wsUrl}${opts.path ?? '/api/v1/ws/chat'}`, opts.headers ? { headers: opts.headers } : {});
  await good.waitFor((f) => f.type === 'connection');
  good.send({ message: 'I have a mild headache' });
  const end = await good.waitFor<{ metadata: { finish_reason: string } }>((f) => f.type === 'stream_end' || f.type === 'error');
  expect(end.metadata?.finish_reason).toBe('stop');
  expect(good.frames.filter((f: any) => f.type === 'token').length).toBeGreaterThan(0);
}
