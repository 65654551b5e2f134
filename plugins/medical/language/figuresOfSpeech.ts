/**
 * Figures of speech that spell an emergency's name without meaning it: "a stroke of luck", "at the
 * stroke of midnight", "swimming breaststroke", "I nearly had a heart attack when I saw the bill". Every reader (the named-emergency finder, the concept
 * patterns, the phrase matcher) would read "stroke" in them, so they are blanked once, here, with
 * spaces of the same length (offsets into the text stay where they were).
 */
const FIGURES = new RegExp(
  [
    String.raw`\bstrokes? of (?:good |bad |sheer |pure )?(?:luck|genius|brilliance|inspiration|fortune|midnight|noon|the pen|a pen|the brush|a brush|lightning)\b`,
    String.raw`\b(?:breast|back|side|butterfly|swimming|freestyle|front|golf|tennis|pen|brush|paddle|piston) ?strokes?\b`,
    // A fit of laughter, rage or the giggles is no seizure: the fit is blanked, what it was of stays.
    String.raw`\b(?:a |the )?fits? of (?=(?:the )?(?:laugh\w*|giggl\w*|rage|anger|temper|jealousy|pique|hysterics|tears|crying|sneez\w*|cough\w*|pique)\b)|(?<=\b(?:laughing|giggling|coughing|sneezing|crying) )fits?\b`,
  ].join('|'),
  'g',
);

/**
 * The shock of a bill or a fright told as a heart attack: "I nearly had a heart attack when I opened the
 * bill", "you almost gave me a heart attack". Only "nearly"/"almost" with what caused the shock (something
 * seen, read, heard or found, or a sudden fright), or "gave me a heart attack": a heart attack nearly had
 * on exertion, or one nearly had last year, stays as told.
 */
const HEART_ATTACK_FIGURES = new RegExp(
  [
    String.raw`\b(?:nearly|almost|practically|virtually) (?:had|have|having|got) a heart attack (?:when|as|after|once|the moment) (?:i|we|he|she|they|my \w+|the \w+|someone|somebody) (?:saw|see|seen|opened|open|read|heard|hear|got|looked|checked|found|realised|realized|noticed|jumped|walked in|replied|texted|messaged|called|rang|said|asked|told|showed up|turned up|came in|came home|popped up|knocked|shouted|screamed|liked|answered|sent|posted)\b`,
    String.raw`\b(?:nearly|almost|practically|virtually) (?:had|have|having|got) a heart attack (?:at|over|from|seeing|reading|opening|hearing|looking at) (?:the|that|this|my|our|his|her|their|a|an) (?:\w+ )?(?:bill|price|prices|cost|news|sight|noise|bang|message|text|letter|results?|score|total|invoice|statement|receipt|fright|shock)\b`,
    String.raw`\b(?:nearly |almost |practically |virtually )?(?:gave|give|giving|gives) (?:me|him|her|us|them|everyone) a heart attack\b`,
    // A heart attack dreamt ("I dreamed I was having a heart attack", "a nightmare that I had a stroke").
    String.raw`\b(?:dreamt|dreamed|dreaming|a (?:bad )?dream|a nightmare|nightmares?) (?:that |about |of )?(?:i|he|she|i'd|i was|he was|she was)?\s*(?:was |were |had |having |have )?(?:had |having )?a (?:heart attack|stroke|seizure|fit)\b`,
  ].join('|'),
  'g',
);

/**
 * A heart that skipped a beat at a sight or a fright ("my heart skipped a beat when I saw the bill"), and a
 * writer "paranoid now" after someone else's scare: surprise and worry, not palpitations or psychosis.
 * Someone else told as paranoid ("he's become paranoid") stays as told.
 */
const SURPRISE_AND_WORRY = new RegExp(
  [
    String.raw`\b(?:my )?heart (?:skipped|missed|stopped) (?:a beat )?(?:when|as|the moment|once) (?:i|we|he|she|they|my \w+) (?:saw|see|seen|opened|open|read|heard|hear|got|looked|checked|found|realised|realized|noticed)\b`,
    String.raw`\b(?:i'm|im|i am|i've been|ive been|i was|i got|made me) (?:so |a bit |really |totally |quite |now |just )?paranoid\b(?= *(?:now|about|that|because|since|after|when|,|\.|$))`,
  ].join('|'),
  'g',
);

/**
 * Feeling "like I've been hit by a truck" or "run over by a bus" is how aches and exhaustion are told:
 * the simile is blanked, the feeling stays. A real collision is told without "like" or "as if".
 */
const VEHICLE_SIMILE = new RegExp(
  String.raw`\b(?:like|as if|as though) (?:i|he|she|they|we|you|someone|somebody)?(?:'ve|'s| have| has| had| got| was| were| just)? ?(?:been |got |gotten )?(?:hit|run over|knocked (?:down|over)|flattened|mown down|struck) by (?:a |an |the )?(?:\w+ )?(?:truck|bus|train|lorry|car|steamroller|steam roller|tractor|tank|van|juggernaut|freight train)\b`,
  'g',
);

export function blankFiguresOfSpeech(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let out = text.includes('stroke') || text.includes('fit') ? text.replace(FIGURES, blank) : text;
  if (out.includes('heart attack') || out.includes('dream') || out.includes('nightmare')) out = out.replace(HEART_ATTACK_FIGURES, blank);
  if (out.includes(' by ')) out = out.replace(VEHICLE_SIMILE, blank);
  return out.includes('heart') || out.includes('paranoid') ? out.replace(SURPRISE_AND_WORRY, blank) : out;
}
