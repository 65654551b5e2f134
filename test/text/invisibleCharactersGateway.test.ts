import { describe, expect, it } from 'vitest';
import { builtinAgents } from '../../plugins/builtin/index.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

// Each message hides an emergency behind characters a reader does not see or does not notice.
const DISGUISED = [
  { name: 'zero-width space', message: 'crushing ch\u200best pain going down my left arm' },
  { name: 'soft hyphens', message: 'I want to ki\u00adll my\u00adself' },
  { name: 'fullwidth letters', message: 'ｃｒｕｓｈｉｎｇ ｃｈｅｓｔ ｐａｉｎ and my arm is heavy' },
  { name: 'Cyrillic look-alikes', message: 'сrushing сhеst раin spreading to my аrm' },
  { name: 'bidirectional controls', message: 'I am going to \u202ekill\u202c myse\u2066lf\u2069 tonight' },
  { name: 'a mix of all of them', message: 'ｉ want to k\u0456\u200bll m\u0443se\u00adlf' },
];

const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1' } as const;

/** The first event that carries content: what a client shows first. */
function firstContent(events: readonly ChatEvent[]): ChatEvent | undefined {
  return events.find((e) => e.type === 'emergency' || e.type === 'token' || e.type === 'agent_result');
}

describe('invisible and look-alike characters through a real gateway', () => {
  for (const { name, message } of DISGUISED) {
    it.each(['ws', 'http'] as const)(`still raises the emergency first (${name}), while the stored history keeps what was written (tRPC over %s)`, async (transport) => {
      await using gw = await startTestGateway({ plugins: builtinAgents.map((plugin) => ({ plugin })), config: AUTH });
      const client = gw.client({ token: 'token1', transport });
      const events = (await collectTurn(client.streamTurn({ message }))).map((e) => e.event);
      expect(firstContent(events)?.type).toBe('emergency');

      const start = events[0];
      if (start?.type !== 'stream_start') throw new Error('no stream_start');
      const history = await client.trpc.session.history.query({ sessionId: start.sessionId });
      expect(history.find((m) => m.role === 'user')?.content).toBe(message);
    });
  }

  it('gives the safety check of a message that will be refused the normalised text too', async () => {
    await using gw = await startTestGateway({ plugins: builtinAgents.map((plugin) => ({ plugin })) });
    const emergencies = await gw.engine.assessSafetyOnly({ message: 'I want to k\u0456ll mys\u200belf', userId: undefined });
    expect(emergencies.length).toBeGreaterThan(0);
  });

  it('raises nothing for the same characters around a harmless message', async () => {
    await using gw = await startTestGateway({ plugins: builtinAgents.map((plugin) => ({ plugin })) });
    const events = (await collectTurn(gw.client().streamTurn({ message: 'my kn\u200bee is a bit ｓｏｒｅ after a long wаlk' }))).map((e) => e.event);
    expect(events.some((e) => e.type === 'emergency')).toBe(false);
  });

  it("gives any plugin the normalised message and history, while the store keeps the person's characters", async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }], config: AUTH });
    const client = gw.client({ token: 'token1' });
    const written = 'ｃrushing ch\u00adest pa\u200bin';
    const first = (await collectTurn(client.streamTurn({ message: written }))).map((e) => e.event);
    expect(firstContent(first)?.type).toBe('emergency');
    const start = first[0];
    if (start?.type !== 'stream_start') throw new Error('no stream_start');

    const second = (await collectTurn(client.streamTurn({ message: 'and now?', sessionId: start.sessionId }))).map((e) => e.event);
    const seen = second.find((e) => e.type === 'agent_result' && e.agent === 'history');
    expect(seen).toMatchObject({ data: { lastUser: 'crushing chest pain' } });
    const stored = await client.trpc.session.history.query({ sessionId: start.sessionId });
    expect(stored.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([written, 'and now?']);
  });
});
