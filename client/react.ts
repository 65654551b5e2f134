// `@medchat/client/react`: the hook. Its own entry so the typed client never imports react.
export { useChatStream, type UseChatStream } from './useChatStream.ts';
export { INITIAL_CHAT_STREAM_STATE, reduceTurnEvent, startQuestion, type ChatMessage, type ChatStreamState } from './reduceTurnEvent.ts';
