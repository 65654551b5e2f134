import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { IrregularVerbs } from './inflectEnglishVerb.ts';

const ENGLISH_VERB = /^[a-z]+(?:[ '-][a-z]+)*$/;

const verbListSchema = z
  .object({
    language: z.enum(['es', 'fr']),
    about: z.string().min(10),
    /** Folded infinitive (see foldForGloss) → the bare English verb most likely in a health chat. */
    verbs: z.record(z.string().regex(/^[a-zñ]+(?:ar|er|ir|re)$/), z.string().regex(ENGLISH_VERB)),
    /** English bases the list uses whose past forms are irregular → [past, past participle]. */
    englishIrregular: z.record(z.string().regex(ENGLISH_VERB), z.tuple([z.string().regex(ENGLISH_VERB), z.string().regex(ENGLISH_VERB)])),
  })
  .strict();

export interface VerbList {
  readonly verbs: ReadonlyMap<string, string>;
  readonly irregular: IrregularVerbs;
}

/** Reads and checks one language's verb list (glossary/<language>-verbs.json). */
export function loadVerbList(language: 'es' | 'fr'): VerbList {
  const path = fileURLToPath(new URL(`./glossary/${language}-verbs.json`, import.meta.url));
  const list = verbListSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (list.language !== language) throw new Error(`${path} holds the ${list.language} verb list`);
  return {
    verbs: new Map(Object.entries(list.verbs)),
    irregular: new Map(Object.entries(list.englishIrregular).map(([base, forms]) => [base, forms] as const)),
  };
}
