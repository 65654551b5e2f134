import { tracked } from '@trpc/server';
import { WebSocket } from 'ws';
import { z } from 'zod';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import { createChatStreamInputSchema } from '../protocol/chatStreamInput.ts';
import { formatEventId } from '../protocol/eventId.ts';
import type { StoredEvent } from '../store/SessionStore.ts';
import type { EventSource } from '../engine/EventSource.ts';
import { waitForDrain } from '../reliability/waitForDrain.ts';
import { coalesceTokens } from './coalesceTokens.ts';
import { observableToAsyncIterable } from './observableToAsyncIterable.ts';
import { toTrpcError } from './toTrpcError.ts';
import { admitChatStream } from './admitChatStream.ts';
import { assertMessageLength } from './assertMessageLength.ts';
import { router, unmeteredProcedure } from './trpc.ts';

export function createChatRouter(opts: { engine: ChatEngine; maxMessageChars: number; highWaterBytes?: number }) {
  const { engine } = opts;
  const highWaterBytes = opts.highWaterBytes ?? 1 << 20;
  return router({
    /**
     * Streams one turn as tracked events (`turnId:seq`). With `lastEventId` (sent by wsLink after a
     * reconnect) it resumes that turn instead of starting a new one.
     */
    stream: unmeteredProcedure
      // The length limit is applied in the procedure (assertMessageLength), after the safety check.
      .input(createChatStreamInputSchema({ maxMessageChars: Number.POSITIVE_INFINITY }))
      .subscription(async function* ({ input, ctx, signal }) {
        await assertMessageLength(engine, opts.maxMessageChars, input, ctx);
        const admission = await admitChatStream(engine, input, ctx);
        if (!admission.ok) {
          yield* admission.refused;
          return;
        }
        try {
          let turnId: string;
          let events: EventSource<StoredEvent>;
          try {
            if (input.lastEventId) {
              ({ turnId, events } = await engine.resume(input.lastEventId, ctx.userId));
            } else {
              const turn = await engine.startTurn({
                message: input.message,
                sessionId: input.sessionId,
                enableAgents: input.enableAgents,
                profile: input.patientProfile,
                userId: ctx.userId,
                slot: admission.slot,
              });
              turnId = turn.id;
              events = turn.follow(0);
            }
          } catch (cause) {
            admission.slot?.release();
            throw toTrpcError(cause);
          }
          // An unsubscribe on a live socket is an explicit stop; a closed socket is a drop and the turn
          // runs on into the store for a later resume. While draining it is wsLink moving to a new socket.
          // A signal aborted while the turn was starting fires no more events: that stop is applied here.
          const unsubscribed = () => {
            if (ctx.socket.readyState === WebSocket.OPEN && !ctx.isDraining()) engine.cancel(turnId, ctx.userId);
          };
          if (signal?.aborted) unsubscribed();
          else signal?.addEventListener('abort', unsubscribed, { once: true });
          // tRPC sends without waiting, so a slow reader is held here instead: while its socket is over the
          // mark nothing is yielded and the bridge merges queued tokens (stalled sockets: startStallWatch).
          // A token that arrives before the previous one was taken (several in one run of the event loop:
          // an upstream read that held them, or a loaded server catching up) merges into it, so a loaded
          // server serializes and sends once per stream and tick instead of once per token.
          const { socket } = ctx;
          yield* observableToAsyncIterable(events, {
            signal,
            coalesce: coalesceTokens,
            highWater: 1,
            beforeYield: () => waitForDrain(socket, highWaterBytes),
            map: (stored) => tracked(formatEventId(turnId, stored.seq), stored.event),
          });
        } finally {
          admission.release();
        }
      }),

    cancel: unmeteredProcedure.input(z.object({ turnId: z.uuid() }).strict()).mutation(({ input, ctx }) => {
      try {
        return { cancelled: engine.cancel(input.turnId, ctx.userId) };
      } catch (cause) {
        throw toTrpcError(cause);
      }
    }),
  });
}
