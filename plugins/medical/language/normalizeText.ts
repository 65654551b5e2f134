/**
 * Lower-cases and folds typographic quotes and dashes, keeping the text's length so that offsets
 * found in the normalized text point at the same characters of the original.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    // Some characters change length when lower-cased (e.g. 'İ'); keep the original there.
    const folded = lower.length === ch.length ? lower : ch;
    out += FOLD[folded] ?? folded;
  }
  return out;
}

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};
