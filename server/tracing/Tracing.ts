import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import type { ResponseOptions } from '../engine/respondWithLlm.ts';
import type { ChatService } from '../service/createChatService.ts';
import type { Transport } from './traceAttributes.ts';

/** What the composition root applies; each is the identity when tracing is off. */
export interface Tracing {
  readonly enabled: boolean;
  traceEngine(engine: ChatEngine): ChatEngine;
  traceService(service: ChatService): ChatService;
  traceResponse(response: ResponseOptions): ResponseOptions;
  traceHttp(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Before the transport adds its listeners: they then run in the upgrade's trace context. */
  traceSocket(ws: WebSocket, req: IncomingMessage, transport: Transport): void;
  /** Exports what is buffered and unregisters the SDK. */
  shutdown(): Promise<void>;
}

const identity = <T>(value: T): T => value;

export const tracingOff: Tracing = {
  enabled: false,
  traceEngine: identity,
  traceService: identity,
  traceResponse: identity,
  traceHttp: identity,
  traceSocket: () => {},
  shutdown: () => Promise.resolve(),
};
