import { getTRPCErrorFromUnknown, isTrackedEnvelope } from '@trpc/server/unstable-core-do-not-import';
import type { TrpcCall, TrpcResponder } from './createTrpcResponder.ts';

/**
 * One subscription's events to the client: `started`, each event, then `stopped` (after its end, a
 * stop, or an error, which is sent first). One `await` per event: the subscription ends itself on
 * `controller.signal` (every procedure of our router does), so no race against the signal is needed
 * per event, which is where tRPC's own loop spends its time.
 */
export async function serveSubscription(
  iterable: AsyncIterable<unknown>,
  controller: AbortController,
  responder: TrpcResponder,
  to: { id: string | number; jsonrpc: '2.0' | undefined; call: TrpcCall },
): Promise<void> {
  const { id, jsonrpc } = to;
  const iterator = iterable[Symbol.asyncIterator]();
  // Stopped, or the socket gone, while the procedure was being called: its body never runs (for the
  // chat router, no turn is started for a client that has left).
  if (controller.signal.aborted || !responder.isOpen()) {
    controller.abort();
    await iterator.return?.(undefined);
    responder.stopped(id, jsonrpc);
    return;
  }
  let done = false;
  responder.started(id, jsonrpc);
  try {
    while (!done) {
      const next = await iterator.next();
      if (next.done) done = true;
      else if (controller.signal.aborted) break;
      else if (isTrackedEnvelope(next.value)) responder.event(id, jsonrpc, next.value[0], next.value[1]);
      else responder.event(id, jsonrpc, undefined, next.value);
    }
  } catch (cause) {
    done = true;
    if (!controller.signal.aborted) responder.fail(id, jsonrpc, getTRPCErrorFromUnknown(cause), to.call);
  } finally {
    // Not after a normal end: the signal means "the client stopped" (the chat router cancels the turn on it).
    if (!done) {
      controller.abort();
      // A stopped subscription still gets its teardown (its `finally` blocks) before `stopped`.
      await iterator.return?.(undefined);
    }
  }
  responder.stopped(id, jsonrpc);
}
