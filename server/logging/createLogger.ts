import { pino, type Logger } from 'pino';
import { createLogThrottle } from './createLogThrottle.ts';
import { serializeError } from './serializeError.ts';

export type { Logger };

/**
 * Structured logs. Callers pass ids, counts and errors only (`err` is logged as its name and code,
 * never its message); the redaction list is a second line of defence for fields that must never
 * reach a log even by mistake. Identical lines are throttled to one per `throttleMs` with a count.
 */
export function createLogger(opts: { level: string; destination?: NodeJS.WritableStream; throttleMs?: number }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: 'medchat-gateway' },
      serializers: { err: serializeError, error: serializeError },
      hooks: { logMethod: createLogThrottle({ intervalMs: opts.throttleMs ?? 10_000 }) },
      redact: {
        paths: [
          'message',
          'content',
          'text',
          'input',
          'profile',
          'patientProfile',
          'token',
          'authorization',
          'headers.authorization',
          'req.headers.authorization',
          '*.message',
          '*.content',
          '*.input',
          '*.profile',
          '*.token',
        ],
        censor: '[redacted]',
      },
    },
    opts.destination ?? process.stdout,
  );
}
