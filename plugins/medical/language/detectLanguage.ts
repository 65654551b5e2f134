/**
 * Cheap stop-word vote between English, Spanish and French. Good enough to pick lexicons; every
 * lexicon is also tried on every message, so a wrong guess costs little.
 */
export type MessageLanguage = 'en' | 'es' | 'fr';

const MARKERS: Readonly<Record<MessageLanguage, RegExp>> = {
  // Clinical shorthand has few stop words ("Headache. Denies fever."): its own words vote too.
  en: /\b(the|i|i'm|my|and|or|a|an|in|on|at|is|was|are|been|have|has|with|of|to|it|not|but|this|that|after|just|you|feel|feeling|pain|since|for|he|she|what|can't|today|yesterday|denies|denied|negatives|presenting|complaints?|history|year|old|male|female|patient|reports|ago)\b/g,
  es: /\b(el|la|los|las|de|que|y|para|en|un|tengo|tiene|me|mi|su|duele|con|por|muy|está|estoy|años|desde|hace|puedo|pecho|una|del|se|le|lo|al|pero|porque|cuando|ya|sangre|dolor)\b/g,
  // Whole words only: without the closing \b, "ne", "de" and "le" voted French for "negatives", "denies", "left".
  fr: /\b(?:le|la|les|de|des|un|je|et|est|mon|ma|mes|ne|pas|une|avec|depuis|il|elle|ai|mal|qui|du|au|ça|très|pour|dans|sur|plus|sang|douleur)\b|\b[jndlc]'/g,
};

export function detectLanguage(normalized: string): MessageLanguage {
  let best: MessageLanguage = 'en';
  let bestScore = 0;
  for (const lang of ['en', 'es', 'fr'] as const) {
    let score = normalized.match(MARKERS[lang])?.length ?? 0;
    if (lang === 'es' && /[ñ¿¡áíóú]|ción\b/.test(normalized)) score += 2;
    if (lang === 'fr' && /[èêàçœâîôûù]|\bn'|\bj'/.test(normalized)) score += 2;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
