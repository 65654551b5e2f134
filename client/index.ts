export { createChatClient, type ChatClient, type ChatClientOptions, type ChatStreamRequest, type TurnEvent } from './createChatClient.ts';
export type { ChatEvent, ChatEventOf, ChatEventType } from '../server/protocol/chatEvent.ts';
export type { AppRouter } from '../server/trpc/createAppRouter.ts';
export { ChatConnectionError } from './ChatConnectionError.ts';
export type { ConnectionState } from './trackConnection.ts';
export type { EventSourceClass } from './createHttpLinks.ts';
export type { KeepAliveOptions } from './KeepAliveOptions.ts';
