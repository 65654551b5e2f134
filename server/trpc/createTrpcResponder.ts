import type { AnyRouter } from '@trpc/server';
import { getErrorShape, getTRPCErrorFromUnknown, transformTRPCResponse, type TRPCError, type TRPCResponseMessage } from '@trpc/server/unstable-core-do-not-import';
import type { WebSocket } from 'ws';

/** The call an answer or an error belongs to, as tRPC's `onError` reports it. */
export interface TrpcCall {
  readonly type: 'query' | 'mutation' | 'subscription' | 'unknown';
  readonly path: string | undefined;
  readonly input: unknown;
}

type Id = string | number | null;
type JsonRpc = '2.0' | undefined;
type Outgoing = { id: Id; jsonrpc?: JsonRpc; result: { type: 'started' | 'stopped' } | { type: 'data'; data: unknown } } | { id: Id; jsonrpc?: JsonRpc; error: unknown };

/** What the client gets when its error cannot be shaped: nothing about the error itself. */
const FALLBACK_ERROR_SHAPE = { code: -32603, message: 'Internal server error', data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } };

export type TrpcResponder = ReturnType<typeof createTrpcResponder>;

/**
 * Writes tRPC's response messages to one socket, serialized with the router's transformer, the same
 * bytes `@trpc/server/adapters/ws` sends (key order included). Nothing is sent once the socket closes.
 */
export function createTrpcResponder(ws: WebSocket, config: AnyRouter['_def']['_config'], getCtx: () => unknown, onError: (error: TRPCError, call: TrpcCall) => void) {
  const serialize = config.transformer.output.serialize;
  const isOpen = () => ws.readyState === ws.OPEN;
  const write = (text: string) => {
    if (isOpen()) ws.send(text);
  };
  /** The error's shape by the router's errorFormatter, or the fallback if that throws (reported too). */
  const shapeOf = (error: TRPCError, call: TrpcCall): unknown => {
    try {
      return getErrorShape({ config, error, ...call, ctx: getCtx() });
    } catch (cause) {
      onError(getTRPCErrorFromUnknown(cause), call);
      return FALLBACK_ERROR_SHAPE;
    }
  };
  // tRPC's message types want `jsonrpc` absent rather than undefined; JSON.stringify drops it either way.
  const send = (message: Outgoing) => write(JSON.stringify(transformTRPCResponse(config, message as unknown as TRPCResponseMessage)));

  return {
    send,
    isOpen,
    shapeOf,
    started: (id: Id, jsonrpc: JsonRpc) => send({ id, jsonrpc, result: { type: 'started' } }),
    stopped: (id: Id, jsonrpc: JsonRpc) => send({ id, jsonrpc, result: { type: 'stopped' } }),
    data: (id: Id, jsonrpc: JsonRpc, data: unknown) => send({ id, jsonrpc, result: { type: 'data', data } }),
    /** One subscription event; a tracked one (`[id, data]`) carries its id twice, as tRPC's adapter sends it. */
    event(id: Id, jsonrpc: JsonRpc, trackedId: string | undefined, data: unknown) {
      if (!isOpen()) return;
      const result = trackedId === undefined ? { type: 'data', data: serialize(data) } : { type: 'data', data: serialize({ id: trackedId, data }), id: trackedId };
      ws.send(JSON.stringify({ id, jsonrpc, result }));
    },
    /** Reports the error, then answers the call with its shape (or the fallback if shaping throws). */
    fail(id: Id, jsonrpc: JsonRpc, error: TRPCError, call: TrpcCall) {
      onError(error, call);
      send({ id, jsonrpc, error: shapeOf(error, call) });
    },
  };
}
