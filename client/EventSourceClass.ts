/** What an EventSource class needs to be for tRPC's httpSubscriptionLink (the global one, or a ponyfill). */
export type EventSourceClass = new (url: string, init?: { withCredentials?: boolean; fetch?: typeof fetch }) => EventSource;
