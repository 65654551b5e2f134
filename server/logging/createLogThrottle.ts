import type { LogFn, Logger } from 'pino';

interface Window {
  readonly logger: Logger;
  readonly method: LogFn;
  readonly args: Parameters<LogFn>;
  suppressed: number;
  timer: NodeJS.Timeout;
}

/**
 * A pino `logMethod` hook that lets an identical line (same level, message, fields and child
 * bindings) through once per `intervalMs` and counts the rest: at the end of the interval one line
 * with `repeated: N` stands for them. A store outage that fails every write would otherwise write
 * thousands of lines a second. At most `maxKeys` distinct lines are tracked; past that, lines pass.
 */
export function createLogThrottle(opts: { intervalMs: number; maxKeys?: number }) {
  const maxKeys = opts.maxKeys ?? 10_000;
  const windows = new Map<string, Window>();

  const close = (key: string, window: Window): void => {
    if (window.suppressed === 0) {
      windows.delete(key);
      return;
    }
    const [first, ...rest] = window.args;
    const fields = typeof first === 'object' && first !== null ? { ...first, repeated: window.suppressed } : { repeated: window.suppressed };
    const message = typeof first === 'object' && first !== null ? rest : window.args;
    window.suppressed = 0;
    // The summary opens the next window, so a flood that goes on writes one line per interval.
    window.timer = setTimeout(() => close(key, window), opts.intervalMs).unref();
    (window.method as (...args: unknown[]) => void).apply(window.logger, [fields, ...message]);
  };

  return function logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    if (opts.intervalMs <= 0) return method.apply(this, args);
    const key = keyOf(level, this, args);
    const open = key === undefined ? undefined : windows.get(key);
    if (open) {
      open.suppressed++;
      return;
    }
    if (key !== undefined && windows.size < maxKeys) {
      const window: Window = { logger: this, method, args, suppressed: 0, timer: undefined as unknown as NodeJS.Timeout };
      window.timer = setTimeout(() => close(key, window), opts.intervalMs).unref();
      windows.set(key, window);
    }
    method.apply(this, args);
  };
}

function keyOf(level: number, logger: Logger, args: readonly unknown[]): string | undefined {
  try {
    return `${level}\u0000${logger.bindings ? JSON.stringify(logger.bindings()) : ''}\u0000${JSON.stringify(args, errorsAsNames)}`;
  } catch {
    return undefined; // a circular or unserialisable field: not throttled, never dropped
  }
}

function errorsAsNames(_key: string, value: unknown): unknown {
  return value instanceof Error ? `${value.name}:${String((value as { code?: unknown }).code ?? '')}` : value;
}
