import type { ChatEvent } from '../../protocol/chatEvent.ts';
import type { StoredEvent } from '../SessionStore.ts';

/** A run of a finished turn's tokens as one row: consecutive seqs from `firstSeq`, one agent. */
export interface TokenRunRow {
  readonly firstSeq: number;
  readonly agent: string | null;
  /** JSON array of the tokens' contents, in seq order. */
  readonly contents: string;
}

/**
 * A finished turn's tokens (those before `beforeSeq`) as runs, one row each instead of one per token:
 * a stream_end then writes a row or two per turn, where a row per token cost a loaded gateway's
 * commit hundreds of milliseconds when many turns ended together (BENCHMARKS.md, SQLite).
 */
export function packTokenRuns(events: readonly StoredEvent[], beforeSeq: number): TokenRunRow[] {
  const rows: TokenRunRow[] = [];
  let run: { firstSeq: number; agent: string | undefined; contents: string[] } | undefined;
  const close = () => {
    if (run) rows.push({ firstSeq: run.firstSeq, agent: run.agent ?? null, contents: JSON.stringify(run.contents) });
    run = undefined;
  };
  for (const { seq, event } of events) {
    if (event.type !== 'token' || seq >= beforeSeq) {
      close();
      continue;
    }
    if (!run || run.agent !== event.agent || seq !== run.firstSeq + run.contents.length) {
      close();
      run = { firstSeq: seq, agent: event.agent, contents: [] };
    }
    run.contents.push(event.content);
  }
  close();
  return rows;
}

/** The run's tokens with seq past `afterSeq`, as they were appended. */
export function unpackTokenRun(row: TokenRunRow, afterSeq: number): StoredEvent[] {
  const contents = JSON.parse(row.contents) as string[];
  const out: StoredEvent[] = [];
  for (let k = Math.max(0, afterSeq - row.firstSeq + 1); k < contents.length; k++) {
    const content = contents[k] as string;
    const event: ChatEvent = row.agent === null ? { type: 'token', content } : { type: 'token', content, agent: row.agent };
    out.push({ seq: row.firstSeq + k, event });
  }
  return out;
}
