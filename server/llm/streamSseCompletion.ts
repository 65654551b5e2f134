import { Observable, type Subscriber } from 'rxjs';
import { estimatePromptTokens, estimateTokensForLength } from './estimateTokens.ts';
import { LlmError, type LlmErrorType } from './LlmError.ts';
import type { LlmChunk, LlmRequest } from './LlmProvider.ts';
import { parseSse, type SseEvent } from './parseSse.ts';

/**
 * The streaming HTTP transport both vendors share: POST, read the SSE body as it arrives, hand each
 * event to the vendor's reader, map HTTP and network failures to LlmErrors (never with keys or
 * upstream bodies), abort the request when the subscriber goes away.
 */
/** What a vendor's event reader learned so far; usage falls back to estimates where it stays unset. */
export interface SseCompletionState {
  /** Characters of text relayed so far (for the usage estimate; the text itself is the engine's to keep). */
  outputChars: number;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  finishReason: 'stop' | 'length' | undefined;
}

export interface SseCompletionOptions {
  readonly name: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly timeoutMs: number;
  readonly request: LlmRequest;
  /** One vendor event in; returns a text delta and/or `done`. Throws an LlmError for an error event. */
  readonly onEvent: (event: SseEvent, state: SseCompletionState) => { delta?: string; done?: boolean };
}

const safeCode = (code: unknown): string => (typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? code : 'unknown');

/** Maps a vendor's in-stream error code to a typed error; the vendor's message text is never copied. */
export function errorFromEventCode(name: string, code: unknown): LlmError {
  const c = safeCode(code);
  const type: LlmErrorType = /rate_limit|quota/.test(c)
    ? 'upstream_rate_limited'
    : /overloaded|server_error|api_error|unavailable/.test(c)
      ? 'upstream_unavailable'
      : c === 'timeout'
        ? 'upstream_timeout'
        : 'upstream_error';
  return new LlmError(type, `${name}: the upstream reported an error in the stream (${c})`);
}

export function parseEventJson(name: string, data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {
    // falls through to the typed error; the malformed text itself is not repeated
  }
  throw new LlmError('upstream_error', `${name}: malformed stream event`);
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function httpError(name: string, response: Response): LlmError {
  const s = response.status;
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const opts = retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter };
  if (s === 429) return new LlmError('upstream_rate_limited', `${name}: rate limited by the upstream (HTTP 429)`, opts);
  if (s === 408 || s === 504) return new LlmError('upstream_timeout', `${name}: the upstream timed out (HTTP ${s})`, opts);
  if (s >= 500) return new LlmError('upstream_unavailable', `${name}: the upstream is unavailable (HTTP ${s})`, opts);
  return new LlmError('upstream_error', `${name}: the upstream rejected the request (HTTP ${s})`);
}

/**
 * The transport both vendors share: POST, read the SSE body, hand events to the vendor reader.
 * Aborting `request.signal` (or unsubscribing) aborts the fetch, which destroys the upstream socket.
 * A cancel via the signal still ends with one `finish` carrying the usage so far (finishReason `stop`,
 * since LlmChunk has no `cancelled`; the engine knows it cancelled) so the turn can report usage.
 * Errors are LlmErrors with fixed messages: no key, URL or upstream body ever reaches them.
 */
export function streamSseCompletion(o: SseCompletionOptions): Observable<LlmChunk> {
  return new Observable<LlmChunk>((subscriber) => runSseCompletion(o, subscriber));
}

/**
 * streamSseCompletion's subscription. Its closures see what they use, never `o`: the request and body
 * (the prompt, several KB, twice) are let go once the POST is under way, not held for the whole answer.
 */
function runSseCompletion(o: SseCompletionOptions, subscriber: Subscriber<LlmChunk>): (() => void) | undefined {
  const { name, url, headers, timeoutMs, onEvent } = o;
  const { signal } = o.request;
  const promptTokens = estimatePromptTokens(o.request.messages);
  let body: string | null = JSON.stringify(o.body);
  const controller = new AbortController();
  const state: SseCompletionState = { outputChars: 0, inputTokens: undefined, outputTokens: undefined, finishReason: undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  let cancelled = false;
  let responded = false;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const finish = () => {
    clearTimeout(timer);
    subscriber.next({
      type: 'finish',
      finishReason: state.finishReason ?? 'stop',
      usage: {
        inputTokens: state.inputTokens ?? promptTokens,
        outputTokens: state.outputTokens ?? estimateTokensForLength(state.outputChars),
      },
    });
    subscriber.complete();
  };
  const onCancel = () => {
    cancelled = true;
    controller.abort();
  };
  // Not inline in `run`: its suspended frame would keep the body for the whole answer.
  const post = () => {
    const init = { method: 'POST', headers, body, signal: controller.signal };
    body = null;
    return fetch(url, init);
  };
  const run = async () => {
    arm();
    const response = await post();
    responded = true;
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw response.ok ? new LlmError('upstream_error', `${name}: empty response body`) : httpError(name, response);
    }
    const parser = parseSse();
    const reader = response.body.getReader();
    for (;;) {
      arm();
      const { done, value } = await reader.read();
      for (const event of done ? parser.end() : parser.push(value)) {
        if (subscriber.closed) return;
        // A cancel stops relaying at once, even for events that arrived in the same read.
        if (cancelled) return finish();
        const step = onEvent(event, state);
        if (step.delta) {
          state.outputChars += step.delta.length;
          subscriber.next({ type: 'delta', text: step.delta });
        }
        if (step.done) return finish();
      }
      if (done) break;
    }
    // Some servers omit the terminator; a stream that reported its finish reason is complete.
    if (state.finishReason) return finish();
    throw new LlmError('upstream_unavailable', `${name}: the upstream closed the stream before it finished`);
  };

  if (signal.aborted) {
    finish();
    return undefined;
  }
  signal.addEventListener('abort', onCancel, { once: true });
  run().catch((error: unknown) => {
    if (subscriber.closed) return;
    if (cancelled) return finish();
    clearTimeout(timer);
    if (error instanceof LlmError) return subscriber.error(error);
    if (timedOut) return subscriber.error(new LlmError('upstream_timeout', `${name}: no data from the upstream within ${timeoutMs} ms`));
    subscriber.error(
      new LlmError(
        'upstream_unavailable',
        responded ? `${name}: the upstream connection dropped mid-stream` : `${name}: the upstream is unreachable`,
      ),
    );
  });
  return () => {
    signal.removeEventListener('abort', onCancel);
    clearTimeout(timer);
    controller.abort();
  };
}

/** Base URLs are accepted with or without a trailing slash. */
export const joinUrl = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/+$/, '')}${path}`;
