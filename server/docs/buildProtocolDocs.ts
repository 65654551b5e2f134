import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { COMPAT_ERROR_TYPES, toCompatErrorType } from '../../compat/protocol/compatErrorTypes.ts';
import { cancelRequestSchema, createMessageFrameSchema, historyRequestSchema } from '../../compat/protocol/clientFrameSchema.ts';
import { serverFrameSchema } from '../../compat/protocol/serverFrameSchema.ts';
import { chatEventSchema } from '../protocol/chatEvent.ts';
import { createChatStreamInputSchema } from '../protocol/chatStreamInput.ts';
import { CHAT_EVENT_DOCS } from './chatEventDocs.ts';
import { CLIENT_FRAME_DOCS, type ClientFrameType } from './clientFrameDocs.ts';
import { ERROR_TYPE_DOCS } from './errorTypeDocs.ts';
import { SERVER_FRAME_DOCS } from './serverFrameDocs.ts';
import type { TypeDoc } from './TypeDoc.ts';
import { toJsonSchema, type JsonSchema } from './toJsonSchema.ts';

export interface TypeEntry {
  readonly type: string;
  readonly summary: string;
  readonly schema: JsonSchema;
  readonly examples: readonly unknown[];
}

export interface SectionDoc {
  readonly title: string;
  readonly direction: 'client to server' | 'server to client';
  readonly types: readonly TypeEntry[];
}

export interface EndpointDoc {
  readonly id: 'trpc' | 'compat';
  readonly title: string;
  readonly paths: readonly string[];
  readonly description: string;
  readonly sections: readonly SectionDoc[];
}

export interface ProtocolDocs {
  readonly title: string;
  readonly version: string;
  readonly endpoints: readonly EndpointDoc[];
  readonly errorTypes: readonly { type: string; when: string; retry: string }[];
  /** Codes of fatal `error` events (tRPC `errorType`, compat `code`) and the compat `error_type` each becomes. */
  readonly turnErrorCodes: readonly { code: string; errorType: string }[];
}

/** Fatal turn error codes the engine and providers emit today (the event's field is an open string). */
const TURN_ERROR_CODES = ['turn_timeout', 'upstream_timeout', 'upstream_rate_limited', 'upstream_unavailable', 'upstream_error', 'internal_error'];

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The protocol documentation, generated from the zod schemas and the docs tables beside them. */
export function buildProtocolDocs(opts: { maxMessageChars: number }): ProtocolDocs {
  const clientSchemas: Record<ClientFrameType, z.ZodType> = {
    message: createMessageFrameSchema(opts),
    cancel: cancelRequestSchema,
    history: historyRequestSchema,
  };
  const entries = <T extends string>(schemas: Record<T, z.ZodType>, docs: Record<T, TypeDoc>, io: 'input' | 'output') =>
    (Object.keys(docs) as T[]).map((type) => ({ type, summary: docs[type].summary, schema: toJsonSchema(schemas[type], io), examples: docs[type].examples }));
  const byType = <T extends { shape: { type: { value: string } } }>(options: readonly T[]) =>
    Object.fromEntries(options.map((o) => [o.shape.type.value, o as unknown as z.ZodType]));

  return {
    title: 'medchat-gateway streaming protocol',
    version: PACKAGE_VERSION,
    endpoints: [
      {
        id: 'trpc',
        title: 'tRPC over WebSocket (typed clients)',
        paths: ['/trpc'],
        description:
          'tRPC v11 with superjson. chat.stream is a subscription yielding tracked(eventId, ChatEvent) with eventId "turnId:seq"; after a reconnect wsLink sends lastEventId and the turn resumes from the next event. Also chat.cancel({turnId}), profile.get/upsert/delete/export and session.list/history/delete (these need an authenticated user).',
        sections: [
          {
            title: 'chat.stream input',
            direction: 'client to server',
            types: [
              {
                type: 'chat.stream',
                summary: 'One question. lastEventId resumes a turn instead of starting one.',
                schema: toJsonSchema(createChatStreamInputSchema(opts), 'input'),
                examples: [{ message: 'I have a sore throat', enableAgents: true, patientProfile: { age: 34 } }],
              },
            ],
          },
          { title: 'ChatEvent', direction: 'server to client', types: entries(byType(chatEventSchema.options), CHAT_EVENT_DOCS, 'output') },
        ],
      },
      {
        id: 'compat',
        title: 'Plain JSON WebSocket (the streaming guide)',
        paths: ['/api/v1/ws/chat', '/api/v1/ws/chat/{user_id}'],
        description:
          "One JSON object per text frame, both ways. Every server frame has type and timestamp; extra fields may be added, the guide's fields are never missing or renamed. A connection runs one turn at a time and queues further messages; cancel and history are answered at once. /{user_id} merges the message's patient_profile over that user's stored profile.",
        sections: [
          { title: 'Client frames', direction: 'client to server', types: entries(clientSchemas, CLIENT_FRAME_DOCS, 'input') },
          { title: 'Server frames', direction: 'server to client', types: entries(byType(serverFrameSchema.options), SERVER_FRAME_DOCS, 'output') },
        ],
      },
    ],
    errorTypes: COMPAT_ERROR_TYPES.map((type) => ({ type, ...ERROR_TYPE_DOCS[type] })),
    turnErrorCodes: TURN_ERROR_CODES.map((code) => ({ code, errorType: toCompatErrorType(code) })),
  };
}
