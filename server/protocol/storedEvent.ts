import type { ChatEvent } from './chatEvent.ts';

/** A turn's event with its place in the turn (`seq`, from 0): what the log keeps and a resume reads. */
export interface StoredEvent {
  readonly seq: number;
  readonly event: ChatEvent;
}
