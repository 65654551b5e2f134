import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as clientFrameSchemas from '../../compat/protocol/clientFrameSchema.ts';
import { COMPAT_ERROR_TYPES } from '../../compat/protocol/compatErrorTypes.ts';
import { createClientFrameParser } from '../../compat/protocol/parseClientFrame.ts';
import { serverFrameSchema } from '../../compat/protocol/serverFrameSchema.ts';
import { buildProtocolDocs } from '../../server/docs/buildProtocolDocs.ts';
import { CHAT_EVENT_DOCS } from '../../server/docs/chatEventDocs.ts';
import { CLIENT_FRAME_DOCS } from '../../server/docs/clientFrameDocs.ts';
import { ERROR_TYPE_DOCS } from '../../server/docs/errorTypeDocs.ts';
import { SERVER_FRAME_DOCS } from '../../server/docs/serverFrameDocs.ts';
import { chatEventSchema } from '../../server/protocol/chatEvent.ts';
import { createChatStreamInputSchema } from '../../server/protocol/chatStreamInput.ts';

const discriminants = (union: { options: readonly { shape: { type: { value: string } } }[] }) => union.options.map((o) => o.shape.type.value).sort();

/** Every `type` a client frame schema in compat/protocol/clientFrameSchema.ts accepts, found from its exports. */
function clientFrameTypes(): string[] {
  const types = new Set<string>();
  for (const [name, value] of Object.entries(clientFrameSchemas)) {
    const schema = typeof value === 'function' && /^create\w+FrameSchema$/.test(name) ? (value as (o: { maxMessageChars: number }) => unknown)({ maxMessageChars: 4000 }) : value;
    if (!(schema instanceof z.ZodObject)) continue;
    const shape = schema.shape as Record<string, z.ZodType>;
    const type = shape['type'];
    if (!type) continue;
    const literal = type instanceof z.ZodOptional ? type.unwrap() : type;
    if (literal instanceof z.ZodLiteral) types.add(String(literal.value));
  }
  return [...types].sort();
}

describe('protocol docs cover every type of the schemas', () => {
  // These fail when someone adds an event, frame or error type without documenting it.
  it('has an entry for every ChatEvent type', () => {
    expect(Object.keys(CHAT_EVENT_DOCS).sort()).toEqual(discriminants(chatEventSchema));
  });
  it('has an entry for every compat server frame type', () => {
    expect(Object.keys(SERVER_FRAME_DOCS).sort()).toEqual(discriminants(serverFrameSchema));
  });
  it('has an entry for every compat client frame type', () => {
    expect(clientFrameTypes()).toEqual(['cancel', 'history', 'message']);
    expect(Object.keys(CLIENT_FRAME_DOCS).sort()).toEqual(clientFrameTypes());
  });
  it('has an entry for every compat error_type', () => {
    expect(Object.keys(ERROR_TYPE_DOCS).sort()).toEqual([...COMPAT_ERROR_TYPES].sort());
  });
});

describe('protocol docs examples are real', () => {
  it('every ChatEvent example parses with its schema', () => {
    for (const [type, doc] of Object.entries(CHAT_EVENT_DOCS)) {
      expect(doc.examples.length, type).toBeGreaterThan(0);
      for (const example of doc.examples) expect(chatEventSchema.parse(example).type).toBe(type);
    }
  });
  it('every server frame example parses with the guide schema', () => {
    for (const [type, doc] of Object.entries(SERVER_FRAME_DOCS)) {
      expect(doc.examples.length, type).toBeGreaterThan(0);
      for (const example of doc.examples) expect(serverFrameSchema.parse(example).type).toBe(type);
    }
  });
  it('every client frame example is accepted by the gateway’s parser as that frame', () => {
    const parse = createClientFrameParser({ maxMessageChars: 4000 });
    for (const [type, doc] of Object.entries(CLIENT_FRAME_DOCS)) {
      expect(doc.examples.length, type).toBeGreaterThan(0);
      for (const example of doc.examples) expect(parse(JSON.stringify(example))).toMatchObject({ ok: true, frame: { type } });
    }
  });
  it('the chat.stream input example parses', () => {
    const docs = buildProtocolDocs({ maxMessageChars: 4000 });
    const input = docs.endpoints.find((e) => e.id === 'trpc')?.sections[0]?.types[0];
    for (const example of input?.examples ?? []) createChatStreamInputSchema({ maxMessageChars: 4000 }).parse(example);
    expect(input?.examples.length).toBeGreaterThan(0);
  });
});

describe('buildProtocolDocs', () => {
  const docs = buildProtocolDocs({ maxMessageChars: 1234 });

  it('documents both endpoints with a JSON Schema per type from the zod schemas', () => {
    expect(docs.endpoints.map((e) => e.paths)).toEqual([['/trpc'], ['/api/v1/ws/chat', '/api/v1/ws/chat/{user_id}']]);
    const compat = docs.endpoints[1];
    const message = compat?.sections[0]?.types.find((t) => t.type === 'message');
    // Generated, not written by hand: the configured limit shows up.
    expect(message?.schema).toMatchObject({ type: 'object', required: ['message'], properties: { message: { type: 'string', maxLength: 1234 } } });
    const token = compat?.sections[1]?.types.find((t) => t.type === 'token');
    expect(token?.schema).toMatchObject({ required: expect.arrayContaining(['type', 'timestamp', 'content']) });
    expect(docs.turnErrorCodes).toContainEqual({ code: 'upstream_timeout', errorType: 'timeout' });
  });
});
