import type { ProtocolDocs, TypeEntry } from './buildProtocolDocs.ts';

/** Message and operation names must be identifiers: stream_start -> streamStart. */
const camel = (type: string) => type.replace(/[_.]([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The compat protocol (both paths) as an AsyncAPI 3 document, from the same generated docs as
 * /api/docs. Operations are the gateway's view: it receives client frames and sends server frames.
 */
export function buildAsyncApiDocument(docs: ProtocolDocs, opts: { serverHost?: string } = {}): Record<string, unknown> {
  const compat = docs.endpoints.find((e) => e.id === 'compat');
  if (!compat) throw new Error('the compat endpoint is missing from the protocol docs');
  const received = compat.sections.find((s) => s.direction === 'client to server')?.types ?? [];
  const sent = compat.sections.find((s) => s.direction === 'server to client')?.types ?? [];
  const messageName = (entry: TypeEntry, direction: 'client' | 'server') => `${direction}${camel(entry.type).replace(/^./, (c) => c.toUpperCase())}`;
  const message = (entry: TypeEntry, direction: 'client' | 'server') => [
    messageName(entry, direction),
    {
      name: entry.type,
      title: `${entry.type} (${direction === 'client' ? 'client to server' : 'server to client'})`,
      summary: entry.summary,
      contentType: 'application/json',
      payload: entry.schema,
      examples: entry.examples.map((payload, i) => ({ name: `${entry.type}${i + 1}`, payload })),
    },
  ];
  const messages = Object.fromEntries([...received.map((e) => message(e, 'client')), ...sent.map((e) => message(e, 'server'))]);
  const refs = (channel: string, names: readonly string[]) => names.map((n) => ({ $ref: `#/channels/${channel}/messages/${n}` }));
  const clientNames = received.map((e) => messageName(e, 'client'));
  const serverNames = sent.map((e) => messageName(e, 'server'));
  const channelMessages = Object.fromEntries([...clientNames, ...serverNames].map((n) => [n, { $ref: `#/components/messages/${n}` }]));
  const errorList = docs.errorTypes.map((e) => `- \`${e.type}\`: ${e.when} Retry: ${e.retry}.`).join('\n');

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'medchat-gateway compat WebSocket protocol',
      version: docs.version,
      description: `${compat.description}\n\nerror frames carry one of these error_type values:\n\n${errorList}`,
    },
    defaultContentType: 'application/json',
    servers: {
      gateway: { host: opts.serverHost ?? 'localhost:8000', protocol: 'ws', description: 'A gateway instance, or the load balancer in front of several.' },
    },
    channels: {
      chat: {
        address: '/api/v1/ws/chat',
        title: 'Anonymous chat',
        description: "Each connection gets a fresh session (the connection frame's session_id).",
        messages: channelMessages,
      },
      userChat: {
        address: '/api/v1/ws/chat/{user_id}',
        title: "A user's chat",
        description: "Loads the user's stored health profile for each message; sessions created here belong to that user.",
        parameters: { user_id: { description: '1-128 characters of A-Z a-z 0-9 . _ -' } },
        messages: channelMessages,
      },
    },
    operations: Object.fromEntries(
      (['chat', 'userChat'] as const).flatMap((channel) => [
        [`${channel}Receive`, { action: 'receive', channel: { $ref: `#/channels/${channel}` }, summary: 'Frames a client sends.', messages: refs(channel, clientNames) }],
        [`${channel}Send`, { action: 'send', channel: { $ref: `#/channels/${channel}` }, summary: 'Frames the gateway sends.', messages: refs(channel, serverNames) }],
      ]),
    ),
    components: { messages },
  };
}
