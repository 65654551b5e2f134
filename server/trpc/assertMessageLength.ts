import { TRPCError } from '@trpc/server';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import type { ChatStreamInput } from '../protocol/chatStreamInput.ts';
import { OverLongMessageError } from './OverLongMessageError.ts';
import type { TrpcContext } from './trpc.ts';

/**
 * Checks the message length inside the procedure rather than in the input schema, so that an
 * over-long message is still read by the safety plugins (up to the limit) before it is refused:
 * BAD_REQUEST, with any emergency advice in `data.emergency`.
 */
export async function assertMessageLength(engine: ChatEngine, maxMessageChars: number, input: ChatStreamInput, ctx: TrpcContext): Promise<void> {
  if (input.lastEventId || input.message.length <= maxMessageChars) return;
  const emergencies = await engine
    .assessSafetyOnly({ message: input.message.slice(0, maxMessageChars), sessionId: input.sessionId, profile: input.patientProfile, userId: ctx.userId })
    .catch(() => []);
  const cause = new OverLongMessageError(maxMessageChars, emergencies);
  throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
}
