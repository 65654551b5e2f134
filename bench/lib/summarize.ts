/** Median of a sample (mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

/** Median with the full spread of the runs, so one lucky or unlucky run is visible. */
export function spread(runs: readonly number[]): Spread {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

/** Per-round ratios (round i's gateway over round i's baseline: runs that alternated are paired). */
export function ratioSpread(gateway: readonly number[], baseline: readonly number[]): Spread {
  return spread(gateway.map((g, i) => g / (baseline[i] as number)));
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
