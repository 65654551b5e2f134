/**
 * Log floods and error detail. Fault it stands for: a store outage that fails every event write wrote
 * about 2,700 identical lines in 4 s, and every error was logged as `err:"Error"`, so a Redis outage
 * and a plugin bug looked alike.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../server/logging/createLogger.ts';
import { serializeError } from '../../server/logging/serializeError.ts';

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('log throttling (one line per interval for identical lines, with a count)', () => {
  it('writes the first of 1,000 identical lines at once and one line with repeated: 999 at the end of the interval', () => {
    vi.useFakeTimers();
    const log = memoryLog();
    const logger = createLogger({ level: 'info', destination: log.stream, throttleMs: 1000 });
    for (let i = 0; i < 1000; i++) logger.error({ err: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }, 'event log write failed');
    expect(log.lines).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]).toMatchObject({ msg: 'event log write failed', repeated: 999, err: { name: 'Error', code: 'ECONNREFUSED' } });
    // The flood is over: the next interval closes with nothing to report.
    vi.advanceTimersByTime(1000);
    expect(log.lines).toHaveLength(2);
    logger.error({ err: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }, 'event log write failed');
    expect(log.lines).toHaveLength(3);
    expect(log.lines[2]).not.toHaveProperty('repeated');
  });

  it('a flood that goes on writes one summary per interval', () => {
    vi.useFakeTimers();
    const log = memoryLog();
    const logger = createLogger({ level: 'info', destination: log.stream, throttleMs: 500 });
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 10; i++) logger.warn('store slow');
      vi.advanceTimersByTime(500);
    }
    expect(log.lines.map((l) => l['repeated'] ?? 0)).toEqual([0, 9, 10, 10, 10]);
  });

  it('does not merge lines that differ in level, message, fields or child bindings', () => {
    vi.useFakeTimers();
    const log = memoryLog();
    const logger = createLogger({ level: 'info', destination: log.stream, throttleMs: 1000 });
    logger.warn({ plugin: 'a' }, 'plugin failed');
    logger.warn({ plugin: 'b' }, 'plugin failed');
    logger.error({ plugin: 'a' }, 'plugin failed');
    logger.warn({ plugin: 'a' }, 'plugin timed out');
    logger.child({ turn: 't1' }).warn({ plugin: 'a' }, 'plugin failed');
    logger.child({ turn: 't2' }).warn({ plugin: 'a' }, 'plugin failed');
    expect(log.lines).toHaveLength(6);
  });

  it('LOG_THROTTLE_MS=0 writes every line', () => {
    const log = memoryLog();
    const logger = createLogger({ level: 'info', destination: log.stream, throttleMs: 0 });
    for (let i = 0; i < 5; i++) logger.info('same');
    expect(log.lines).toHaveLength(5);
  });
});

describe('errors in logs: name and code, never the message', () => {
  it('logs the class name and code of an error and of its cause, and no message or stack', () => {
    const log = memoryLog();
    const logger = createLogger({ level: 'info', destination: log.stream, throttleMs: 0 });
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    class StoreUnavailableError extends Error {
      override name = 'StoreUnavailableError';
    }
    logger.error({ err: new StoreUnavailableError('user wrote: my chest hurts', { cause }) }, 'turn failed');
    expect(log.lines[0]?.['err']).toEqual({ name: 'StoreUnavailableError', cause: { name: 'Error', code: 'ECONNREFUSED' } });
    expect(JSON.stringify(log.lines)).not.toMatch(/chest|stack|127\.0\.0\.1/);
  });

  it('keeps codes that are identifiers and drops free text put in a code field', () => {
    expect(serializeError(Object.assign(new Error('m'), { code: 'SQLITE_BUSY' }))).toEqual({ name: 'Error', code: 'SQLITE_BUSY' });
    expect(serializeError(Object.assign(new Error('m'), { code: 404 }))).toEqual({ name: 'Error', code: 404 });
    expect(serializeError(Object.assign(new Error('m'), { code: 'my chest hurts since monday' }))).toEqual({ name: 'Error' });
    expect(serializeError('TypeError')).toEqual({ name: 'TypeError' });
    expect(serializeError('I have chest pain')).toEqual({ name: 'string' });
    expect(serializeError(undefined)).toEqual({ name: 'undefined' });
  });
});
