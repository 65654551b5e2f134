import { describe, expect, it, vi } from 'vitest';
import { createClientFrameParser, matchCompatPath } from '../../compat/index.ts';
import { createMessageIdRegistry, digestText } from '../../server/service/createMessageIdRegistry.ts';
import { createFrameClock } from '../../compat/createFrameClock.ts';
import { mergeProfile } from '../../server/service/mergeProfile.ts';

describe('parseClientFrame', () => {
  const parse = createClientFrameParser({ maxMessageChars: 20 });

  it('reads the guide message with snake_case fields into the engine request', () => {
    const parsed = parse(
      JSON.stringify({
        message: '  I feel dizzy ',
        session_id: '550e8400-e29b-41d4-a716-446655440000',
        enable_agents: false,
        client_message_id: 'm-1',
        patient_profile: { age: 45, chronic_conditions: ['diabetes'], current_medications: [{ name: 'Metformin', dose: '1000mg' }], allergies: { drug: ['penicillin'] } },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      frame: {
        type: 'message',
        message: 'I feel dizzy',
        sessionId: '550e8400-e29b-41d4-a716-446655440000',
        enableAgents: false,
        clientMessageId: 'm-1',
        patientProfile: { age: 45, chronicConditions: ['diabetes'], currentMedications: [{ name: 'Metformin', dose: '1000mg' }], allergies: { drug: ['penicillin'] } },
      },
    });
  });

  it('defaults enable_agents to true and reads cancel and history frames', () => {
    expect(parse('{"message":"hi"}')).toMatchObject({ ok: true, frame: { enableAgents: true, sessionId: undefined } });
    expect(parse('{"type":"message","message":"hi"}')).toMatchObject({ ok: true, frame: { type: 'message' } });
    expect(parse('{"type":"cancel"}')).toEqual({ ok: true, frame: { type: 'cancel' } });
    expect(parse('{"type":"history"}')).toEqual({ ok: true, frame: { type: 'history', sessionId: undefined } });
    expect(parse('{"type":"history","session_id":"nope"}')).toMatchObject({ ok: false, message: 'session_id must be a UUID' });
  });

  it('refuses with a validation_error naming the field', () => {
    expect(parse('{"message":"hi","client_message_id":"has space"}')).toMatchObject({ ok: false, errorType: 'validation_error', issues: [{ path: 'client_message_id' }] });
    // Profile values are the chat service's to check, after the safety check: the parser only renames them.
    expect(parse('{"message":"hi","patient_profile":{"sex":"x","extra":1}}')).toMatchObject({ ok: true, frame: { patientProfile: { sex: 'x' } } });
    // A refused frame still hands over its message text, for the safety check.
    expect(parse('{"message":"chest pain","session_id":"nope"}')).toMatchObject({ ok: false, readableMessage: 'chest pain' });
    expect(parse('"just a string"')).toMatchObject({ ok: false, message: 'A frame must be a JSON object' });
    expect(parse('null')).toMatchObject({ ok: false, message: 'A frame must be a JSON object' });
  });
});

describe('matchCompatPath', () => {
  it('matches both endpoints and flags malformed user ids', () => {
    expect(matchCompatPath('/api/v1/ws/chat')).toEqual({ userId: undefined });
    expect(matchCompatPath('/api/v1/ws/chat/')).toEqual({ userId: undefined });
    expect(matchCompatPath('/api/v1/ws/chat/alice.b_c-1')).toEqual({ userId: 'alice.b_c-1' });
    expect(matchCompatPath('/api/v1/ws/chat/al%20ice')).toEqual({ invalidUserId: true });
    expect(matchCompatPath(`/api/v1/ws/chat/${'x'.repeat(129)}`)).toEqual({ invalidUserId: true });
    expect(matchCompatPath('/api/v1/ws/chat/a/b')).toBeUndefined();
    expect(matchCompatPath('/api/v1/ws/chatty')).toBeUndefined();
    expect(matchCompatPath('/trpc')).toBeUndefined();
  });
});

describe('createFrameClock', () => {
  it('formats ISO-8601 UTC once per millisecond', () => {
    let now = Date.UTC(2024, 0, 15, 10, 30, 1, 100);
    const clock = createFrameClock(() => now);
    const first = clock();
    expect(first).toBe('2024-01-15T10:30:01.100Z');
    expect(clock()).toBe(first); // same string object for the same millisecond
    now += 1;
    expect(clock()).toBe('2024-01-15T10:30:01.101Z');
  });

  it('agrees with Date#toISOString across seconds, days, years and far dates', () => {
    let now = 0;
    const clock = createFrameClock(() => now);
    const starts = [Date.UTC(2024, 11, 31, 23, 59, 59, 990), Date.UTC(2024, 1, 28, 23, 59, 59, 995), 0, -1500, Date.UTC(9999, 11, 31, 23, 59, 59, 998), Date.UTC(-1, 0, 1)];
    for (const start of starts) {
      for (now = start; now < start + 30; now += 1) expect(clock()).toBe(new Date(now).toISOString());
    }
    // Back in time too (a clock stepped back by NTP).
    for (now = Date.UTC(2030, 5, 1, 0, 0, 1, 5); now > Date.UTC(2030, 5, 1) - 20; now -= 7) expect(clock()).toBe(new Date(now).toISOString());
  });
});

describe('createMessageIdRegistry', () => {
  it('forgets entries after their ttl and beyond its size', async () => {
    let now = 0;
    const registry = createMessageIdRegistry({ maxEntries: 2, ttlMs: 100, now: () => now });
    const turn = (turnId: string) => Promise.resolve({ turnId, digest: undefined });
    registry.set('a', turn('turn-a'));
    registry.set('b', turn('turn-b'));
    registry.set('c', turn('turn-c'));
    expect(registry.get('a')).toBeUndefined();
    await expect(registry.get('b')).resolves.toMatchObject({ turnId: 'turn-b' });
    now = 150;
    registry.set('d', turn('turn-d'));
    expect(registry.get('c')).toBeUndefined();
    await expect(registry.get('d')).resolves.toMatchObject({ turnId: 'turn-d' });
  });

  it('keeps the digest of the text through the shared store, never the text', async () => {
    const shared = new Map<string, string>();
    const store = { getClientMessageTurn: async (key: string) => shared.get(key), putClientMessageTurn: async (key: string, value: string) => void shared.set(key, value) };
    createMessageIdRegistry({ shared: store }).set('k', Promise.resolve({ turnId: 't1', digest: digestText('my chest hurts') }));
    await vi.waitFor(() => expect(shared.get('k')).toBeDefined());
    expect(shared.get('k')).not.toContain('chest');
    // Another instance, with nothing in memory, reads it back from the store.
    await expect(createMessageIdRegistry({ shared: store }).get('k')).resolves.toEqual({ turnId: 't1', digest: digestText('my chest hurts') });
  });
});

describe('mergeProfile', () => {
  it("lets the message's fields win and merges allergies per kind", () => {
    expect(mergeProfile(undefined, { age: 3 })).toEqual({ age: 3 });
    expect(mergeProfile({ age: 3 }, undefined)).toEqual({ age: 3 });
    expect(mergeProfile({ age: 30, pregnant: true, allergies: { drug: ['penicillin'], food: ['nuts'] } }, { age: 31, allergies: { food: ['shellfish'] } })).toEqual({
      age: 31,
      pregnant: true,
      allergies: { drug: ['penicillin'], food: ['shellfish'] },
    });
  });
});
