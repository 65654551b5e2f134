/**
 * What a load-generator request asks a bench server for, the same for every server: `tokens` tokens
 * every `intervalMs` (0: as fast as the loop allows), held at the server's gate until `go` when `gated`.
 */
export interface BenchSpec {
  readonly tokens: number;
  readonly intervalMs: number;
  readonly gated: boolean;
}

/** Every token is four ASCII characters with nothing to escape, so a frame's token count is its content length / 4. */
export const TOKEN_CHARS = 4;
export const BENCH_TOKENS = [' Res', 't an', 'd dr', 'ink ', 'flui', 'ds; ', 'see ', 'a GP'] as const;

const TAG = /⟦bench (\d+) (\d+(?:\.\d+)?) ([01])⟧/;

/** The gateway gets the spec inside the user's message (after real medical text, so the agents work on it). */
export function specToMessage(text: string, spec: BenchSpec): string {
  return `${text} ⟦bench ${spec.tokens} ${spec.intervalMs} ${spec.gated ? 1 : 0}⟧`;
}

export function specFromMessage(message: string): BenchSpec | undefined {
  const m = TAG.exec(message);
  return m ? { tokens: Number(m[1]), intervalMs: Number(m[2]), gated: m[3] === '1' } : undefined;
}
