import type { IncomingMessage } from 'node:http';
import type { AnyRouter } from '@trpc/server';
import {
  callProcedure,
  getTRPCErrorFromUnknown,
  isAbortError,
  isAsyncIterable,
  isObject,
  parseConnectionParamsFromUnknown,
  parseTRPCMessage,
  TRPCError,
  type TRPCClientOutgoingMessage,
  type TRPCRequestInfo,
} from '@trpc/server/unstable-core-do-not-import';
import type { RawData, WebSocket } from 'ws';
import { hasOversizedTrpcId, OVERSIZED_TRPC_ID_ERROR } from '../security/oversizedTrpcId.ts';
import { createTrpcResponder, type TrpcCall } from './createTrpcResponder.ts';
import { serveSubscription } from './serveSubscription.ts';

export interface TrpcWsHandlerOptions<TContext> {
  readonly router: AnyRouter;
  readonly maxBatchSize: number;
  /** A rejection answers `id: null` with its error and closes the socket. */
  createContext(opts: { req: IncomingMessage; ws: WebSocket; connectionParams: TRPCRequestInfo['connectionParams'] }): Promise<TContext>;
  /** Every error a call ends with (the input is the client's, never logged by us). */
  onError(error: TRPCError, call: TrpcCall): void;
}

/** What an error of the connection or of a frame, not of one call, is reported with. */
const NO_CALL: TrpcCall = { type: 'unknown', path: undefined, input: undefined };

type Settled<T> = { ok: true; value: T } | { ok: false; error: TRPCError };

/**
 * tRPC v11's WebSocket protocol (what `wsLink` speaks), served for one router. It answers as
 * `@trpc/server/adapters/ws` does, message for message (connectionParams, batches, queries,
 * mutations, subscriptions with tracked ids, `subscription.stop`, PING), built from tRPC's own
 * parser, procedure call and error shape; what differs is the subscription loop
 * (`serveSubscription`): one `await` per event instead of a promise race per event, which at
 * paced load halved the CPU a tRPC event costs (BENCHMARKS.md, session 13). The price: a
 * subscription served here must end on its `signal`, as every procedure of our router does.
 */
export function createTrpcWsHandler<TContext>(opts: TrpcWsHandlerOptions<TContext>) {
  const { router } = opts;
  const { transformer } = router._def._config;

  return (ws: WebSocket, req: IncomingMessage): void => {
    const subscriptions = new Map<string | number, AbortController>();
    let ctx: TContext | undefined;
    const responder = createTrpcResponder(ws, router._def._config, () => ctx, opts.onError);

    const createCtx = async (connectionParams: () => TRPCRequestInfo['connectionParams']): Promise<Settled<TContext>> => {
      try {
        ctx = await opts.createContext({ req, ws, connectionParams: connectionParams() });
        return { ok: true, value: ctx };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        responder.fail(null, undefined, error, NO_CALL);
        setImmediate(() => ws.close());
        return { ok: false, error };
      }
    };
    // With `?connectionParams=1` the context waits for the first message.
    let ctxResult = new URL(req.url ?? '/', 'http://localhost').searchParams.get('connectionParams') === '1' ? undefined : createCtx(() => null);

    const handle = async (msg: TRPCClientOutgoingMessage, batchIndex: number, ready: Promise<Settled<TContext>>) => {
      const { id, jsonrpc } = msg;
      if (id === null) {
        responder.fail(id, jsonrpc, new TRPCError({ code: 'PARSE_ERROR', message: '`id` is required' }), NO_CALL);
        return;
      }
      if (msg.method === 'subscription.stop') {
        subscriptions.get(id)?.abort();
        return;
      }
      const { path, lastEventId } = msg.params;
      const type = msg.method;
      let input: unknown = msg.params.input;
      if (lastEventId !== undefined) input = isObject(input) ? { ...input, lastEventId } : (input ?? { lastEventId });
      const call: TrpcCall = { type, path, input };
      if (type === 'subscription' && subscriptions.has(id)) {
        responder.fail(id, jsonrpc, new TRPCError({ code: 'BAD_REQUEST', message: `Duplicate id ${id}` }), call);
        return;
      }
      const controller = new AbortController();
      if (type === 'subscription') subscriptions.set(id, controller);
      try {
        const settled = await ready;
        if (!settled.ok) throw settled.error;
        if (controller.signal.aborted || (type === 'subscription' && ws.readyState !== ws.OPEN)) {
          if (type === 'subscription') responder.stopped(id, jsonrpc);
          return;
        }
        const result: unknown = await callProcedure({ router, path, getRawInput: async () => input, ctx: settled.value, type, signal: controller.signal, batchIndex });
        if (type !== 'subscription') {
          if (isAsyncIterable(result)) throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: `Cannot return an async iterable or observable from a ${type} procedure with WebSockets` });
          responder.data(id, jsonrpc, result);
          return;
        }
        if (!isAsyncIterable(result)) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `Subscription ${path} did not return an observable or a AsyncGenerator` });
        await serveSubscription(result, controller, responder, { id, jsonrpc, call });
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        // A setup given up because the client stopped it is not an error: a subscription just stops.
        if (!(controller.signal.aborted && error.code === 'INTERNAL_SERVER_ERROR' && isAbortError(error.cause))) responder.fail(id, jsonrpc, error, call);
        else if (type === 'subscription') responder.stopped(id, jsonrpc);
      } finally {
        if (type === 'subscription' && subscriptions.get(id) === controller) subscriptions.delete(id);
      }
    };

    ws.on('message', (raw: RawData, isBinary: boolean) => {
      if (!Buffer.isBuffer(raw)) {
        responder.fail(null, undefined, new TRPCError({ code: 'UNPROCESSABLE_CONTENT', message: 'Unexpected WebSocket message format' }), NO_CALL);
        return;
      }
      // JSON travels in text frames: a binary frame is a parse error, as in tRPC's adapter.
      const text = isBinary ? undefined : raw.toString('utf8');
      if (text === 'PONG') return;
      if (text === 'PING') {
        ws.send('PONG');
        return;
      }
      if (!ctxResult) {
        ctxResult = createCtx(() => parseConnectionParams(text));
        return;
      }
      const ready = ctxResult;
      parseBatch(text).forEach((msg, index) => void handle(msg, index, ready));
    });
    // A protocol error (oversized or invalid frame) closes the socket; without a listener ws would throw it.
    ws.on('error', (cause) => opts.onError(getTRPCErrorFromUnknown(cause), NO_CALL));
    ws.once('close', () => {
      for (const controller of subscriptions.values()) controller.abort();
      subscriptions.clear();
    });

    /** The calls of one frame, or none after an error the client has been sent. */
    function parseBatch(text: string | undefined): TRPCClientOutgoingMessage[] {
      try {
        const json: unknown = parseJson(text);
        const items = Array.isArray(json) ? (json as unknown[]) : [json];
        if (Array.isArray(json) && items.length > opts.maxBatchSize) {
          refuseBatch(items);
          return [];
        }
        if (items.some(hasOversizedTrpcId)) {
          responder.send({ id: null, error: OVERSIZED_TRPC_ID_ERROR });
          return [];
        }
        return items.map((item) => parseTRPCMessage(item, transformer));
      } catch (cause) {
        responder.fail(null, undefined, new TRPCError({ code: 'PARSE_ERROR', cause }), NO_CALL);
        return [];
      }
    }

    /** Every call of an oversized batch gets the error, or the frame does once if none has an id. */
    function refuseBatch(items: unknown[]): void {
      const error = new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' });
      const shape = responder.shapeOf(error, NO_CALL);
      let answered = false;
      for (const item of items) {
        if (!isObject(item) || item['method'] === 'subscription.stop') continue;
        const itemId = item['id'];
        if (typeof itemId !== 'number' && typeof itemId !== 'string') continue;
        responder.send({ id: itemId, jsonrpc: item['jsonrpc'] === '2.0' ? '2.0' : undefined, error: shape });
        answered = true;
      }
      if (!answered) responder.send({ id: null, error: shape });
      opts.onError(error, NO_CALL);
    }
  };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) throw new Error('tRPC messages are JSON in text frames, not binary');
  return JSON.parse(text);
}

function parseConnectionParams(text: string | undefined): TRPCRequestInfo['connectionParams'] {
  let msg: unknown;
  try {
    msg = parseJson(text);
    if (!isObject(msg)) throw new Error('Message was not an object');
  } catch (cause) {
    throw new TRPCError({ code: 'PARSE_ERROR', message: 'Malformed TRPCConnectionParamsMessage', cause });
  }
  return parseConnectionParamsFromUnknown(msg['data']);
}
