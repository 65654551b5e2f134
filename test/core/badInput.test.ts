import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../client/index.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

// Refusals of chat.stream's input on both transports (issue 20); the frame-level cases are WebSocket's
// (test/e2e/httpTransport.test.ts has their HTTP counterparts: 400, 413, 404, 405).
describe.each(['ws', 'http'] as const)('bad input is refused and the connection stays usable (%s)', (transport) => {
  it('refuses empty, too long, mistyped and malformed-session requests with BAD_REQUEST and zod issues', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { MAX_MESSAGE_CHARS: 50 } });
    const client = gw.client({ transport });
    const refusals: Array<[string, unknown]> = [
      ['empty', { message: '   ' }],
      ['too long', { message: 'x'.repeat(51) }],
      ['wrong type', { message: 42 }],
      ['malformed session id', { message: 'hi', sessionId: 'abc' }],
      ['unknown field', { message: 'hi', evil: true }],
      ['bad profile', { message: 'hi', patientProfile: { age: -3 } }],
    ];
    for (const [label, input] of refusals) {
      const error = await collectTurn(client.streamTurn(input as never)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(TRPCClientError);
      const trpcError = error as TRPCClientError<AppRouter>;
      expect(trpcError.data, label).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
      expect(trpcError.data?.zodIssues?.length, label).toBeGreaterThan(0);
      expect((trpcError.data as Record<string, unknown> | undefined)?.['stack'], label).toBeUndefined();
    }
    const tooLong = await collectTurn(client.streamTurn({ message: 'y'.repeat(51) })).catch((e: TRPCClientError<AppRouter>) => e);
    expect((tooLong as TRPCClientError<AppRouter>).message).toContain('longer than 50 characters');
    // Same connection, next request is served.
    const ok = await collectTurn(client.streamTurn({ message: 'a fine question' }));
    expect(ok.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });

  it('an over-long message that describes an emergency is refused with the emergency advice', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { MAX_MESSAGE_CHARS: 60 } });
    const client = gw.client({ transport });
    const message = `I have crushing chest pain and ${'so much more to say '.repeat(10)}`;
    const error = (await collectTurn(client.streamTurn({ message })).catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', emergency: { severity: 'critical', advice: 'Call 911 now.' } });
    expect(error.data?.zodIssues?.[0]).toMatchObject({ path: ['message'], code: 'too_big' });
    // Without an emergency in it, the same refusal carries no advice.
    const plain = (await collectTurn(client.streamTurn({ message: 'x'.repeat(61) })).catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(plain.data).toMatchObject({ code: 'BAD_REQUEST' });
    expect(plain.data).not.toHaveProperty('emergency');
  });

  it('refuses an unknown or foreign lastEventId clearly', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }] });
    const client = gw.client({ transport });
    const unknown = await collectTurn(client.streamTurn({ message: 'x', lastEventId: '0b7c2d3e-4f50-4a61-8b72-9c83d4e5f601:3' })).catch((e: TRPCClientError<AppRouter>) => e);
    expect((unknown as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await collectTurn(client.streamTurn({ message: 'x', lastEventId: 'garbage' })).catch((e: TRPCClientError<AppRouter>) => e);
    expect((malformed as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it.runIf(transport === 'ws')('closes only the offending socket with 1009 when a frame exceeds MAX_FRAME_BYTES', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { MAX_FRAME_BYTES: 2048 } });
    const bystander = gw.client();
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    raw.sendRaw('x'.repeat(4096));
    expect((await raw.closed).code).toBe(1009);
    const ok = await collectTurn(bystander.streamTurn({ message: 'still here?' }));
    expect(ok.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });

  it.runIf(transport === 'ws')('answers malformed tRPC frames with a parse error on that socket only', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }] });
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    raw.sendRaw('{not json');
    const error = await raw.waitFor<{ error: { json: unknown } }>((f) => f.error !== undefined);
    expect(error.error.json).toMatchObject({ code: -32700, data: { code: 'PARSE_ERROR', httpStatus: 400 } });
    expect(JSON.stringify(error)).not.toContain('stack');
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});
