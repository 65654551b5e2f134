/**
 * Lower-cases and folds typographic quotes and dashes, keeping the text's length so that offsets
 * found in the normalized text point at the same characters of the original.
 */
export function normalizeText(text: string): string {
  // Most messages are plain ASCII, where lower-casing is per character and nothing else folds.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    // Some characters change length when lower-cased (e.g. 'İ'); keep the original there.
    const folded = lower.length === ch.length ? lower : ch;
    out += FOLD[folded] ?? folded;
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};
