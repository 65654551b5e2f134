/** The largest and smallest of some readings; -Infinity and Infinity when there are none, so a comparison with a limit is false. */
export const max = (xs: readonly number[]): number => Math.max(-Infinity, ...xs);
export const min = (xs: readonly number[]): number => Math.min(Infinity, ...xs);
