/**
 * Cheap stop-word vote between English, Spanish and French. Good enough to pick lexicons; every
 * lexicon is also tried on every message, so a wrong guess costs little.
 */
export type MessageLanguage = 'en' | 'es' | 'fr';

const MARKERS: Readonly<Record<MessageLanguage, RegExp>> = {
  en: /\b(the|i|i'm|my|and|is|have|has|with|of|to|it|feel|pain|since|for|he|she|what|can't)\b/g,
  es: /\b(el|los|las|que|y|tengo|tiene|me|mi|duele|con|por|muy|está|estoy|años|desde|hace|puedo|pecho|una|del|se|le)\b/g,
  fr: /\b(le|les|des|je|et|est|mon|ma|mes|pas|une|avec|depuis|il|elle|ai|mal|qui|du|au|ça|très|n'|j')|(\bj'|\bn'|\bd'|\bl'|\bc')/g,
};

export function detectLanguage(normalized: string): MessageLanguage {
  let best: MessageLanguage = 'en';
  let bestScore = 0;
  for (const lang of ['en', 'es', 'fr'] as const) {
    let score = normalized.match(MARKERS[lang])?.length ?? 0;
    if (lang === 'es' && /[ñ¿¡]|ción\b/.test(normalized)) score += 2;
    if (lang === 'fr' && /[èêàçœ]|\bn'|\bj'/.test(normalized)) score += 2;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
