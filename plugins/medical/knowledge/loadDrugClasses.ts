import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FACTOR_PATTERN } from './conditionSchema.ts';

const cautionSchema = z
  .object({ factor: z.string().regex(FACTOR_PATTERN), effect: z.enum(['avoid', 'caution']), note: z.string().min(3) })
  .strict();

/**
 * A medicine's danger signs: the turn is an emergency when the person takes a medicine of the class and
 * at least `minSigns` of `signs` are told (and one of `requiredAny`, when given). Sign names are the
 * safety layer's concept ids (checked by test/medical/medicineDangerSigns.test.ts).
 */
const dangerSignsSchema = z
  .object({
    reason: z.string().min(10),
    severity: z.enum(['urgent', 'critical']),
    requiredAny: z.array(z.string()).min(1).optional(),
    signs: z.array(z.string()),
    minSigns: z.number().int().min(0),
    source: z.string().min(3),
  })
  .strict();

const drugTableSchema = z
  .object({
    about: z.string(),
    classes: z.record(
      z.string().regex(/^[a-z0-9_]+$/),
      z.object({ label: z.string(), aliases: z.array(z.string()).optional(), cautions: z.array(cautionSchema), dangerSigns: dangerSignsSchema.optional() }).strict(),
    ),
    drugs: z.record(
      z.string(),
      z
        .object({
          aliases: z.array(z.string()),
          classes: z.array(z.string()).min(1),
          labelDosing: z.string().optional(),
          otc: z.boolean().optional(),
          cautions: z.array(cautionSchema),
        })
        .strict(),
    ),
  })
  .strict();

export type DrugCaution = z.output<typeof cautionSchema>;
export type DangerSigns = z.output<typeof dangerSignsSchema>;

export interface DrugInfo {
  /** Canonical name, as knowledge-base entries spell it. */
  readonly name: string;
  /** Factor-id slug of the name, e.g. `co_amoxiclav`. */
  readonly slug: string;
  /** Brand and regional names, as the table lists them. */
  readonly aliases: readonly string[];
  readonly classes: readonly string[];
  readonly labelDosing: string | undefined;
  /** Sold without prescription; only these are offered as self-care. */
  readonly otc: boolean;
  readonly cautions: readonly DrugCaution[];
}

export interface DrugTable {
  readonly drugs: ReadonlyMap<string, DrugInfo>;
  readonly classes: ReadonlyMap<
    string,
    { readonly label: string; readonly aliases?: readonly string[] | undefined; readonly cautions: readonly DrugCaution[]; readonly dangerSigns?: DangerSigns | undefined }
  >;
  /** A drug by canonical name, brand or regional alias (case-insensitive); undefined when unknown. */
  resolveDrug(name: string): DrugInfo | undefined;
  /** A drug class by id or plural/lay name ("NSAIDs", "sulfa"); undefined when unknown. */
  resolveClass(name: string): string | undefined;
}

/** Classes too broad to carry an allergy or interaction by themselves. */
export const GENERIC_CLASSES: ReadonlySet<string> = new Set(['antibiotic', 'other', 'simple_analgesic']);

let cached: DrugTable | undefined;

/** Loads and validates drugClasses.json once; every class a drug names must exist. */
export function loadDrugClasses(): DrugTable {
  if (cached) return cached;
  const path = fileURLToPath(new URL('./drugClasses.json', import.meta.url));
  const parsed = drugTableSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`drugClasses.json is invalid: ${issues}`);
  }
  const classes = new Map(Object.entries(parsed.data.classes));
  const drugs = new Map<string, DrugInfo>();
  const byAlias = new Map<string, DrugInfo>();
  for (const [name, raw] of Object.entries(parsed.data.drugs)) {
    for (const c of raw.classes) {
      if (!classes.has(c)) throw new Error(`drugClasses.json: drug "${name}" names unknown class "${c}"`);
    }
    const info: DrugInfo = { name, slug: slugify(name), aliases: raw.aliases, classes: raw.classes, labelDosing: raw.labelDosing, otc: raw.otc ?? false, cautions: raw.cautions };
    drugs.set(name, info);
    for (const alias of [name, ...raw.aliases]) {
      const key = alias.toLowerCase();
      if (!byAlias.has(key)) byAlias.set(key, info);
    }
  }
  const classAliases = new Map<string, string>();
  for (const [id, c] of classes) {
    classAliases.set(id, id);
    for (const a of c.aliases ?? []) classAliases.set(a.toLowerCase(), id);
  }
  cached = {
    drugs,
    classes,
    resolveDrug: (name) => lookup(name, byAlias),
    resolveClass: (name) => lookup(name, classAliases),
  };
  return cached;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Exact name first, then without doses/forms ("Metformin 1000mg"), then single words and word pairs. */
function lookup<T>(name: string, table: ReadonlyMap<string, T>): T | undefined {
  const clean = name.toLowerCase().trim();
  const exact = table.get(clean);
  if (exact !== undefined) return exact;
  const words = clean
    .replace(/\b\d+(\.\d+)?\s*(mg|mcg|g|ml|iu|units?|%)?\b/g, ' ')
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w.length > 1);
  const stripped = table.get(words.join(' '));
  if (stripped !== undefined) return stripped;
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = table.get(`${words[i]} ${words[i + 1]}`);
    if (pair !== undefined) return pair;
  }
  for (const w of words) {
    const single = table.get(w) ?? table.get(w.replace(/s$/, ''));
    if (single !== undefined) return single;
  }
  return undefined;
}
