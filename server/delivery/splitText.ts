/**
 * Cuts text into pieces of at most `max` UTF-16 units (a pair when `max` is 1), never between the two halves of a surrogate
 * pair, so each piece is valid text on its own (a Python client decodes each frame separately).
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    // A high surrogate as the last unit of a piece would be cut from its low half: leave it for the
    // next piece, or (a limit of one unit) take the pair whole.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += end - 1 > start ? -1 : 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
