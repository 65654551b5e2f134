import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Callers pass ids, counts and error types only; the redaction list is a second
 * line of defence for fields that must never reach a log even by mistake.
 */
export function createLogger(opts: { level: string; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: 'medchat-gateway' },
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
