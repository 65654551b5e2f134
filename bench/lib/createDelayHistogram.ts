const BUCKET_MS = 0.25;
const BUCKETS = 40_000; // 10 s; later delays land in the last bucket

/** Token delays in 0.25 ms buckets: thousands of streams' tokens without keeping or sorting them. */
export function createDelayHistogram() {
  const counts = new Uint32Array(BUCKETS);
  let total = 0;
  return {
    add(delayMs: number): void {
      const i = Math.min(BUCKETS - 1, Math.max(0, Math.floor(delayMs / BUCKET_MS)));
      counts[i] = (counts[i] as number) + 1;
      total++;
    },
    get count(): number {
      return total;
    },
    percentile(p: number): number {
      const rank = Math.ceil((p / 100) * total);
      let seen = 0;
      for (let i = 0; i < BUCKETS; i++) {
        seen += counts[i] as number;
        if (seen >= rank) return (i + 1) * BUCKET_MS;
      }
      return Number.NaN;
    },
  };
}
