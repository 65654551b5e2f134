import type { EventSourceClass } from './EventSourceClass.ts';

/**
 * tRPC's httpSubscriptionLink reconnects an event stream (with its last event id) that has been silent
 * for the `reconnectAfterInactivityMs` the server sends in its `connected` event; the link has no
 * option of its own for it. This subclass rewrites that event's options as the link reads them, so the
 * client decides: `inactivityMs` a number to set it, `null` to turn it off, `undefined` to keep the
 * server's value.
 */

export function withInactivityTimeout<T extends EventSourceClass>(EventSourceImpl: T, inactivityMs: number | null | undefined): T {
  if (inactivityMs === undefined) return EventSourceImpl;
  const rewrite = (event: Event): Event => {
    const { data, lastEventId, origin } = event as MessageEvent<string>;
    const { reconnectAfterInactivityMs: _server, ...options } = JSON.parse(data) as Record<string, unknown>;
    return new MessageEvent('connected', { data: JSON.stringify(inactivityMs === null ? options : { ...options, reconnectAfterInactivityMs: inactivityMs }), lastEventId, origin });
  };
  class InactivityTimeoutEventSource extends (EventSourceImpl as EventSourceClass) {
    constructor(...args: ConstructorParameters<EventSourceClass>) {
      super(...args);
      const add = this.addEventListener.bind(this) as (type: string, listener: unknown, options?: unknown) => void;
      this.addEventListener = ((type: string, listener: unknown, options?: unknown) => {
        if (type !== 'connected' || typeof listener !== 'function') return add(type, listener, options);
        add(type, (event: Event) => (listener as (event: Event) => void).call(this, rewrite(event)), options);
      }) as EventSource['addEventListener'];
    }
  }
  return InactivityTimeoutEventSource as unknown as T;
}
