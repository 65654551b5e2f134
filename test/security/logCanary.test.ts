import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { builtinAgents } from '../../plugins/builtin/index.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import type { LlmProvider } from '../../server/llm/LlmProvider.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { throwingAgent } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const MARKER = 'zq-canary-7f3a';
const TOKEN = 'tok-canary-secret-91c2';

/** A pino destination in memory, so the test reads exactly what would have been written. */
function memoryLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

describe('privacy of the logs (health data leaking into log storage)', () => {
  it('at trace level, no message text, profile or token reaches the logs on any path, error paths included', async () => {
    const log = memoryLog();
    const answers = createScriptedProvider({ tokens: ['Rest ', 'and ', 'fluids.'] });
    const failing = createScriptedProvider({ tokens: ['partial '], failAfter: { count: 1, error: new LlmError('upstream_error', `upstream said ${MARKER}`) } });
    const provider: LlmProvider = { name: 'canary', stream: (request) => (request.grounding.message.includes('fail') ? failing : answers).stream(request) };
    await using gw = await startTestGateway({
      provider,
      plugins: [...builtinAgents.map((plugin) => ({ plugin })), { plugin: throwingAgent }],
      logger: createLogger({ level: 'trace', destination: log.stream }),
      config: { LOG_LEVEL: 'trace', AUTH_MODE: 'token', AUTH_TOKENS: `${TOKEN}:alice`, MAX_MESSAGE_CHARS: 200, RATE_LIMIT_PER_MINUTE_CONNECTION: 6 },
    });
    const profile = { age: 51, chronicConditions: [`${MARKER} condition`], allergies: { drug: [`${MARKER}-cillin`] } };

    // tRPC: a normal turn (with a throwing plugin), an emergency, a provider failure, bad input.
    const client = gw.client({ token: TOKEN });
    await client.trpc.profile.upsert.mutate(profile);
    await collectTurn(client.streamTurn({ message: `I have a sore throat ${MARKER}`, patientProfile: profile }));
    await collectTurn(client.streamTurn({ message: `crushing chest pain and sweating ${MARKER}` }));
    await collectTurn(client.streamTurn({ message: `please fail ${MARKER}` }));
    await expect(collectTurn(client.streamTurn({ message: `${MARKER} `.repeat(50) }))).rejects.toBeTruthy();
    await expect(client.trpc.profile.upsert.mutate({ age: -1, sex: MARKER } as never)).rejects.toBeTruthy();

    // Compat: a turn, malformed frames carrying the marker, a rate-limited flood, an unknown session.
    await using raw = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat/alice`, { headers: { authorization: `Bearer ${TOKEN}` } });
    raw.send({ message: `my knee hurts ${MARKER}`, patient_profile: { age: 30, chronic_conditions: [MARKER] } });
    await raw.waitFor((f) => f.type === 'stream_end');
    raw.sendRaw(`{"message": "${MARKER}`);
    raw.send({ message: MARKER, patient_profile: { age: MARKER } });
    for (let i = 0; i < 8; i++) raw.send({ message: `flood ${MARKER} ${i}` });
    await expect.poll(() => raw.frames.filter((f: any) => f.error_type === 'rate_limited').length).toBeGreaterThan(0);

    // Auth failures carrying the secret and the marker.
    await expect(openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { authorization: `Bearer ${MARKER}${TOKEN}` } })).rejects.toThrow('401');
    await using wrongParams = await openRawSocket(`${gw.wsUrl}/trpc?connectionParams=1`);
    wrongParams.send({ method: 'connectionParams', data: { token: `${MARKER}-${TOKEN}` } });
    expect((await wrongParams.closed).code).toBe(4401);
    await expect.poll(() => gw.engine.activeTurns).toBe(0);

    const text = log.text();
    expect(text).toContain('turn finished');
    expect(text).toContain('"level":20'); // debug lines (refusals, socket errors) were written too
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain(TOKEN);
    expect(text.toLowerCase()).not.toContain('chest pain');
    expect(text.toLowerCase()).not.toContain('sore throat');
  });
});
