/**
 * Figures of speech that spell an emergency's name without meaning it: "a stroke of luck", "at the
 * stroke of midnight", "swimming breaststroke". Every reader (the named-emergency finder, the concept
 * patterns, the phrase matcher) would read "stroke" in them, so they are blanked once, here, with
 * spaces of the same length (offsets into the text stay where they were).
 */
const FIGURES = new RegExp(
  [
    String.raw`\bstrokes? of (?:good |bad |sheer |pure )?(?:luck|genius|brilliance|inspiration|fortune|midnight|noon|the pen|a pen|the brush|a brush|lightning)\b`,
    String.raw`\b(?:breast|back|side|butterfly|swimming|freestyle|front|golf|tennis|pen|brush|paddle|piston) ?strokes?\b`,
  ].join('|'),
  'g',
);

export function blankFiguresOfSpeech(text: string): string {
  return text.includes('stroke') ? text.replace(FIGURES, (m) => ' '.repeat(m.length)) : text;
}
