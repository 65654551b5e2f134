import { tracked } from '@trpc/server';
import { z } from 'zod';
import type { Feed } from '../protocol/Feed.ts';
import { createChatStreamInputSchema } from '../protocol/chatStreamInput.ts';
import { formatEventId } from '../protocol/eventId.ts';
import type { ChatService } from '../service/createChatService.ts';
import { fromLimit } from '../service/refusals.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';
import { paceDelivery } from '../delivery/paceDelivery.ts';
import { observableToAsyncIterable } from './observableToAsyncIterable.ts';
import { renderRefusal } from './renderRefusal.ts';
import { toTrpcError, unwrap } from './toTrpcError.ts';
import { router, unmeteredProcedure, type TrpcContext } from './trpc.ts';

const SUBSCRIPTION_CAP = { errorType: 'busy', scope: 'subscriptions_connection', message: 'Too many open subscriptions on this connection' } as const;

/** `chat.stream` and `chat.cancel`: parse, call the chat service, render its outcome. */
export function createChatRouter(opts: { service: ChatService }) {
  const { service } = opts;

  // tRPC sends without waiting, so a slow reader is held here instead: while its channel is congested
  // nothing is yielded and the bridge merges queued tokens (stalled sockets: startStallWatch).
  const deliver = (turnId: string, events: Feed<StoredEvent>, ctx: TrpcContext, signal: AbortSignal | undefined) => {
    // An unsubscribe on a live socket is an explicit stop; a closed socket is a drop and the turn
    // runs on into the store for a later resume. While draining it is wsLink moving to a new socket.
    // A signal aborted while the turn was starting fires no more events: that stop is applied here.
    const unsubscribed = () => {
      // A stop the store cannot check during an outage changes nothing (a turn live here is cancelled in memory).
      if (ctx.channel.isOpen() && !ctx.isDraining()) service.cancel(turnId, ctx.userId).catch(() => {});
    };
    if (signal?.aborted) unsubscribed();
    else signal?.addEventListener('abort', unsubscribed, { once: true });
    const pace = paceDelivery(ctx.channel.drained);
    return observableToAsyncIterable(events, {
      signal,
      coalesce: pace.merge,
      highWater: 1,
      beforeYield: pace.beforeYield,
      map: (stored) => tracked(formatEventId(turnId, stored.seq), stored.event),
    });
  };

  return router({
    /**
     * Streams one turn as tracked events (`turnId:seq`). With `lastEventId` (sent by wsLink after a
     * reconnect) it resumes that turn instead of starting a new one.
     */
    stream: unmeteredProcedure
      // Length and profile are checked by the service, after the safety check has read the message.
      .input(createChatStreamInputSchema({ maxMessageChars: Number.POSITIVE_INFINITY, deferChecks: true }))
      .subscription(async function* ({ input, ctx, signal }) {
        const release = ctx.openSubscription();
        try {
          if (input.lastEventId) {
            const outcome = release
              ? await service.resume({ eventId: input.lastEventId, userId: ctx.userId, limits: ctx.limits })
              : ({ kind: 'refusal', refusal: fromLimit(SUBSCRIPTION_CAP) } as const);
            if (outcome.kind === 'refusal') throw toTrpcError(outcome.refusal);
            yield* deliver(outcome.turnId, outcome.events, ctx, signal);
            return;
          }
          const outcome = await service.submit({
            userId: ctx.userId,
            message: input.message,
            sessionId: input.sessionId,
            enableAgents: input.enableAgents,
            profile: input.patientProfile,
            limits: ctx.limits,
            transportRefusal: release ? undefined : SUBSCRIPTION_CAP,
          });
          if (outcome.kind === 'refusal') {
            yield* renderRefusal(outcome);
            return;
          }
          yield* deliver(outcome.turnId, outcome.events, ctx, signal);
        } finally {
          release?.();
        }
      }),

    cancel: unmeteredProcedure
      .input(z.object({ turnId: z.uuid() }).strict())
      .mutation(async ({ input, ctx }) => unwrap(await service.cancel(input.turnId, ctx.userId))),
  });
}
