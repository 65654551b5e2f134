import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { emergencyAgent, triageAgent } from '../../plugins/builtin/index.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' } as const;

describe.each(['ws', 'http'] as const)('session.audit over tRPC (%s)', (transport) => {
  it("gives the session's owner the rules that fired in each turn, and nobody else", async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: emergencyAgent }, { plugin: triageAgent }], config: AUTH });
    const alice = gw.client({ token: 'token1', transport });
    const events = await collectTurn(alice.streamTurn({ message: 'I have crushing chest pain spreading to my left arm and I am sweating' }));
    const start = events[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');

    const audit = await alice.trpc.session.audit.query({ sessionId: start.sessionId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ turnId: start.turnId, finishReason: 'stop' });
    expect(audit[0]?.audit.some((hit) => hit.rule.startsWith('emergency:'))).toBe(true);

    const mallory = gw.client({ token: 'token2', transport });
    const refused = await mallory.trpc.session.audit.query({ sessionId: start.sessionId }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCClientError);
    // Not found, as an unknown session is (issue 18).
    expect((refused as TRPCClientError<never>).data).toMatchObject({ code: 'NOT_FOUND' });
  });
});
