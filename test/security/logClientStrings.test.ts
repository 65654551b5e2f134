/**
 * Client-chosen strings in the logs. Fault it stands for: at LOG_LEVEL=debug and trace the "trpc
 * refusal" line carried the tRPC `path` the client sent, so whatever a client put there reached the logs.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logging/createLogger.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const CANARY = 'zq-path-canary-5e1d';

describe('logs never carry client-chosen strings', () => {
  for (const level of ['trace', 'debug', 'info'] as const) {
    it(`at ${level}: an unknown tRPC path is logged as a fixed label`, async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      await using gw = await startTestGateway({ logger: createLogger({ level, destination: stream, throttleMs: 0 }), config: { LOG_LEVEL: level } });
      await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
      raw.send({ id: 1, method: 'query', params: { path: `${CANARY}.x`, input: { json: null } } });
      raw.send({ id: 2, method: 'query', params: { path: 'profile.get', input: { json: { [CANARY]: 1 } } } });
      await raw.waitFor((f) => f?.id === 1 && f.error !== undefined);
      await raw.waitFor((f) => f?.id === 2);
      const text = lines.join('');
      expect(text).not.toContain(CANARY);
      if (level !== 'info') expect(text).toMatch(/"procedure":"unknown"/);
    });
  }
});
