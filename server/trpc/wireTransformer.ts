import type { CombinedDataTransformer } from '@trpc/server';
import superjson from 'superjson';

/**
 * superjson, with its walk skipped for the one value that is sent most: a tracked token event, whose
 * fields are all strings. superjson gives such a value back as `{ json: value }` with no `meta`, so
 * skipping the walk sends the same bytes (test/trpc/wireTransformer.test.ts compares them) and saves
 * a few µs per event (BENCHMARKS.md, session 11). Anything else, and anything incoming, is superjson's.
 */
export const wireTransformer: CombinedDataTransformer = {
  input: superjson,
  output: {
    serialize: (value: unknown) => (isTrackedStringToken(value) ? { json: value } : superjson.serialize(value)),
    deserialize: (value: unknown) => superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]),
  },
};

/** `{ id, data: { type: 'token', content, agent? } }`, plain objects with string fields only. */
function isTrackedStringToken(value: unknown): boolean {
  if (!isPlain(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || keys[0] !== 'id' || keys[1] !== 'data' || typeof value['id'] !== 'string') return false;
  const data = value['data'];
  if (!isPlain(data) || data['type'] !== 'token') return false;
  for (const key of Object.keys(data)) {
    if ((key !== 'type' && key !== 'content' && key !== 'agent') || typeof data[key] !== 'string') return false;
  }
  return true;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
