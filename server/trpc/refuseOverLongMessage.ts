import { TRPCError } from '@trpc/server';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import type { ChatStreamInput } from '../protocol/chatStreamInput.ts';
import type { TrpcContext } from './trpc.ts';
import { OverLongMessageError } from './OverLongMessageError.ts';

type StreamOptions = { readonly input: ChatStreamInput; readonly ctx: TrpcContext; readonly signal: AbortSignal | undefined };

/**
 * Checks the message length inside the procedure rather than in the input schema, so that an
 * over-long message is still read by the safety plugins (up to the limit) before it is refused.
 */
export function refuseOverLongMessage<O extends StreamOptions, T>(
  engine: ChatEngine,
  maxMessageChars: number,
  body: (opts: O) => AsyncGenerator<T>,
) {
  return async function* (opts: O) {
    const { input, ctx } = opts;
    if (!input.lastEventId && input.message.length > maxMessageChars) {
      const emergencies = await engine
        .assessSafetyOnly({ message: input.message.slice(0, maxMessageChars), sessionId: input.sessionId, profile: input.patientProfile, userId: ctx.userId })
        .catch(() => []);
      const cause = new OverLongMessageError(maxMessageChars, emergencies);
      throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
    }
    yield* body(opts);
  };
}
