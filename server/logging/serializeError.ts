/** An error code worth logging: a short identifier (ECONNREFUSED, SQLITE_BUSY, NOSCRIPT), never free text. */
const CODE = /^[A-Za-z][\w.-]{0,63}$/;
const NAME = /^[A-Za-z][\w$.-]{0,63}$/;

export interface LoggedError {
  readonly name: string;
  readonly code?: string | number;
  readonly cause?: LoggedError;
}

/**
 * What a log line says of an error: its class name and its code (and its cause's, one level), so a
 * store outage, a plugin bug and a provider failure are told apart. Never the message or the stack:
 * either may quote what a user wrote.
 */
export function serializeError(value: unknown, depth = 0): LoggedError {
  if (typeof value === 'string') return { name: NAME.test(value) ? value : 'string' };
  if (typeof value !== 'object' || value === null) return { name: typeof value };
  const record = value as { name?: unknown; code?: unknown; cause?: unknown; constructor?: { name?: unknown } };
  const rawName = typeof record.name === 'string' ? record.name : record.constructor?.name;
  const name = typeof rawName === 'string' && NAME.test(rawName) ? rawName : 'Error';
  const code =
    typeof record.code === 'number' && Number.isFinite(record.code)
      ? record.code
      : typeof record.code === 'string' && CODE.test(record.code)
        ? record.code
        : undefined;
  const cause = depth < 1 && record.cause !== undefined ? serializeError(record.cause, depth + 1) : undefined;
  return { name, ...(code !== undefined ? { code } : {}), ...(cause ? { cause } : {}) };
}
