/**
 * The external set's fixed split: 1-based physical line numbers, even lines are the development half,
 * odd lines the held-out half. Fixed so that nobody can move a case to the half that flatters them.
 */
export type Half = 'dev' | 'heldout';

export const HALVES: readonly Half[] = ['dev', 'heldout'];

export function getHalf(line: number): Half {
  if (!Number.isInteger(line) || line < 1) throw new Error(`line numbers are 1-based integers, got ${line}`);
  return line % 2 === 0 ? 'dev' : 'heldout';
}
