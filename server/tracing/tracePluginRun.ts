import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { ATTR, getTracer, SPAN } from './traceAttributes.ts';

/** A host failure as the span sees it: a code, never the message (it may quote the user's text). */
export interface CodedFailure {
  readonly code: string;
}

/**
 * One plugin run as a span (`medchat.plugin <name>`), a child of the active context's span (the turn).
 * The span is not made active for the run, so the next plugin's span is the turn's child too, not
 * this one's. A failure sets `error.type` to its code; a non-fatal one (a broken stage rule) is an
 * event with its code. With no SDK the tracer is the API's no-op and the run is returned as it is.
 */
export function tracePluginRun<T>(
  plugin: { readonly name: string; readonly version: string },
  run$: Observable<T>,
  codeOf: (cause: unknown) => string,
  isFailure: (item: T) => item is T & CodedFailure,
): Observable<T> {
  return new Observable<T>((subscriber) => {
    const span = getTracer().startSpan(`${SPAN.plugin} ${plugin.name}`, {
      attributes: { [ATTR.pluginName]: plugin.name, [ATTR.pluginVersion]: plugin.version },
    });
    if (!span.isRecording()) return run$.subscribe(subscriber);
    let ended = false;
    const end = (outcome: string, code?: string) => {
      if (ended) return;
      ended = true;
      span.setAttribute(ATTR.pluginOutcome, outcome);
      if (code !== undefined) fail(span, code);
      span.end();
    };
    const subscription = run$.subscribe({
      next: (item) => {
        if (isFailure(item)) span.addEvent('medchat.plugin.rule_broken', { [ATTR.errorType]: item.code });
        subscriber.next(item);
      },
      error: (cause: unknown) => {
        const code = codeOf(cause);
        end(code === 'plugin_timeout' ? 'timeout' : 'error', code);
        subscriber.error(cause);
      },
      complete: () => {
        end('ok');
        subscriber.complete();
      },
    });
    return () => {
      subscription.unsubscribe();
      end('cancelled');
    };
  });
}

/** Marks a span failed by a code alone: no status description, no exception message or stack. */
export function fail(span: Span, code: string): void {
  span.setAttribute(ATTR.errorType, code);
  span.setStatus({ code: SpanStatusCode.ERROR });
}
