import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { wireTransformer } from '../../server/trpc/wireTransformer.ts';

const { serialize } = wireTransformer.output;
const tracked = (data: unknown) => ({ id: '0b9d2f7e-5f0c-4a57-a1a4-0d4f1c2e9a11:17', data });

describe('the wire transformer sends exactly what superjson sends', () => {
  const tokens = [
    { type: 'token', content: 'Rest and fluids ' },
    { type: 'token', content: '', agent: 'diagnostic' },
    { type: 'token', content: 'quotes " and \\ backslashes, tabs\t, newlines\n, NUL \u0000' },
    { type: 'token', content: 'émoji 🩺, CJK 胸痛, RTL \u202e, lone surrogate \ud800', agent: 'treatment' },
  ];
  it.each(tokens)('a tracked string token takes the short path, with the same bytes: %j', (token) => {
    const value = tracked(token);
    const sent = serialize(value) as { json: unknown; meta?: unknown };
    expect(sent.json).toBe(value);
    expect(JSON.stringify(sent)).toBe(JSON.stringify(superjson.serialize(value)));
    expect(superjson.deserialize(JSON.parse(JSON.stringify(sent)))).toEqual(value);
  });

  const others: [string, unknown][] = [
    ['a status event', tracked({ type: 'status', status: 'generating_response' })],
    ['a token with an undefined agent (superjson keeps the key)', tracked({ type: 'token', content: 'a', agent: undefined })],
    ['a token with a non-string field', tracked({ type: 'token', content: 'a', seq: 3 })],
    ['a token with an extra key', tracked({ type: 'token', content: 'a', extra: 'x' })],
    ['a token with a Date', tracked({ type: 'token', content: 'a', agent: new Date(0) })],
    ['an untracked token', { type: 'token', content: 'a' }],
    ['a tracked token with a numeric id', { id: 17, data: { type: 'token', content: 'a' } }],
    ['a tracked token with its keys in the other order', { data: { type: 'token', content: 'a' }, id: 'x:1' }],
    ['a token whose object is not plain', tracked(Object.assign(Object.create({ inherited: 1 }), { type: 'token', content: 'a' }))],
    ['a result with nested objects, a Map and a repeated reference', (() => {
      const shared = { name: 'migraine' };
      return tracked({ type: 'agent_result', agent: 'diagnostic', result: { top: shared, again: shared, seen: new Map([['a', 1]]) } });
    })()],
    ['an error shape', { message: 'Too many requests', code: -32029, data: { retryAfterSeconds: 3, at: new Date(5) } }],
  ];
  it.each(others)('anything else is superjson: %s', (_label, value) => {
    expect(JSON.stringify(serialize(value))).toBe(JSON.stringify(superjson.serialize(value)));
  });
});
