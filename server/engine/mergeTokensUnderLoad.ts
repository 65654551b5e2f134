import type { ChatEvent, ChatEventOf } from '../protocol/chatEvent.ts';
import type { Feed } from '../protocol/Feed.ts';
import type { LoadWindow } from '../reliability/createLoadWindow.ts';

/**
 * Fewer, fuller events when the process is loaded, before they are numbered and stored: while the
 * window says the process is loaded, a token is held to the end of the shared window and the tokens
 * of the same agent that follow join it, so one stored row, one store promise and one event per
 * transport carry several tokens. The first token of an answer, and every token while the process is
 * not loaded, leave at once, one event per token. Any other event first releases what is held, so
 * nothing is reordered; a held token is released before the source's end. Ids stay exact: a merged
 * event is one event with one seq, stored and resumed as such.
 */
export function mergeTokensUnderLoad(source: Feed<ChatEvent>, window: LoadWindow): Feed<ChatEvent> {
  return (sink) => {
    let held: { type: 'token'; content: string; agent?: string } | undefined;
    let seenToken = false;
    // Bumped on every release, so a window that ends after an earlier release leaves a later hold alone.
    let generation = 0;
    const release = () => {
      generation++;
      const out = held;
      held = undefined;
      if (out) sink.next(out);
    };
    const releaseAtWindowEnd = () => {
      const mine = generation;
      void window.nextWindow().then(() => {
        if (mine === generation) release();
      });
    };
    const teardown = source({
      next(event) {
        if (event.type !== 'token') {
          if (held) release();
          sink.next(event);
          return;
        }
        if (held) {
          if (held.agent === event.agent) {
            held.content += event.content;
            return;
          }
          release();
        }
        if (!seenToken || !window.loaded) {
          seenToken = true;
          sink.next(event);
          return;
        }
        held = copyToken(event);
        releaseAtWindowEnd();
      },
      error(cause) {
        if (held) release();
        sink.error(cause);
      },
      complete() {
        if (held) release();
        sink.complete();
      },
    });
    return () => {
      // Stopped: a window that ends later releases nothing.
      generation++;
      held = undefined;
      teardown();
    };
  };
}

// The held token is the merge's own object: the source's event is not changed.
const copyToken = (event: ChatEventOf<'token'>): { type: 'token'; content: string; agent?: string } =>
  event.agent === undefined ? { type: 'token', content: event.content } : { type: 'token', content: event.content, agent: event.agent };
