import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { WebSocket } from 'ws';
import { ATTR, CONNECTION_KEY, getTracer, type ConnectionTrace, type Transport } from './traceAttributes.ts';

type SendCallback = (err?: Error) => void;

/**
 * Makes the W3C `traceparent` of a WebSocket upgrade the parent of every turn on that socket: the
 * socket's listeners (added after this call) run in that context. A malformed or absent traceparent
 * gives the root context: the turns start their own traces, and the header is never logged. The
 * socket's writes are watched so that a turn's first-frame span ends when its frame is written.
 */
export function traceSocket(ws: WebSocket, req: IncomingMessage, transport: Transport): void {
  const connection: ConnectionTrace = { transport, unsentFrames: [] };
  const unsent = connection.unsentFrames as Span[];
  const send = ws.send.bind(ws) as (data: unknown, options: object, cb?: SendCallback) => void;
  // The frame written after a turn's first event is the one that carries it (tRPC and compat both
  // send each event as it comes); the span ends once the socket has handed it to the kernel.
  const watched = (data: unknown, optionsOrCallback?: object | SendCallback, callback?: SendCallback) => {
    const options = typeof optionsOrCallback === 'function' ? {} : (optionsOrCallback ?? {});
    const cb = typeof optionsOrCallback === 'function' ? (optionsOrCallback as SendCallback) : callback;
    if (unsent.length === 0) return send(data, options, cb);
    const spans = unsent.splice(0);
    send(data, options, (err) => {
      for (const span of spans) {
        if (err) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      cb?.(err);
    });
  };
  ws.send = watched as WebSocket['send'];
  ws.once('close', () => {
    for (const span of unsent.splice(0)) {
      span.setAttribute(ATTR.errorType, 'socket_closed');
      span.end();
    }
  });
  context.bind(extractParent(req).setValue(CONNECTION_KEY, connection), ws);
}

/**
 * Each HTTP request as a server span, a child of its `traceparent` when that is well formed, with the
 * request's handling (and any turn it starts) inside its context. Records the method and status, not
 * the path or query (a path can carry a user id).
 */
export function traceHttpHandler(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const parent = extractParent(req);
    const method = knownMethod(req.method);
    const span = getTracer().startSpan(method, { kind: SpanKind.SERVER, attributes: { [ATTR.httpMethod]: method } }, parent);
    if (!span.isRecording()) return handler(req, res);
    res.once('close', () => {
      span.setAttribute(ATTR.httpStatus, res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const connection: ConnectionTrace = { transport: 'http', unsentFrames: undefined };
    return context.with(trace.setSpan(parent, span).setValue(CONNECTION_KEY, connection), () => handler(req, res));
  };
}

/** The client's trace context; the propagator ignores a malformed traceparent (the root context then). */
function extractParent(req: IncomingMessage) {
  return propagation.extract(ROOT_CONTEXT, req.headers);
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']);

/** A client-chosen method is recorded only when it is a standard one (semantic conventions: `_OTHER`). */
function knownMethod(method: string | undefined): string {
  return method !== undefined && METHODS.has(method) ? method : '_OTHER';
}
