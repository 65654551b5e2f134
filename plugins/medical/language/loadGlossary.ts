import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** A folded phrase: lowercase, single spaces, no diacritics but ñ (see foldForGloss); a number may have a decimal mark. */
const TOKEN = String.raw`(?:[a-zñ0-9'-]+|\d+[.,]\d+)`;
const FOLDED_KEY = new RegExp(String.raw`^${TOKEN}(?: ${TOKEN})*$`);

const glossarySchema = z
  .object({
    language: z.enum(['es', 'fr']),
    about: z.string().min(10),
    phrases: z.record(z.string().regex(FOLDED_KEY), z.string().regex(/^[a-z0-9 ',.-]*$/)),
  })
  .strict();

export type Glossary = z.output<typeof glossarySchema>;

/** Reads and checks one language's glossary (glossary/<language>.json). */
export function loadGlossary(language: 'es' | 'fr'): Glossary {
  const path = fileURLToPath(new URL(`./glossary/${language}.json`, import.meta.url));
  const glossary = glossarySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (glossary.language !== language) throw new Error(`${path} holds the ${glossary.language} glossary`);
  return glossary;
}
