import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conditionSchema, type BodySystem, type ConditionEntry } from './conditionSchema.ts';
import { KNOWLEDGE_BASE_VERSION } from './version.ts';

export interface KnowledgeBase {
  readonly version: string;
  readonly conditions: readonly ConditionEntry[];
  readonly byId: ReadonlyMap<string, ConditionEntry>;
  readonly systems: readonly BodySystem[];
}

const DEFAULT_DIR = fileURLToPath(new URL('./conditions/', import.meta.url));
const cache = new Map<string, KnowledgeBase>();

/**
 * Reads and validates every `conditions/*.json` file once per directory (sync: the data is small and
 * needed before the first turn). Throws naming the file and entry so a bad edit is fixed in seconds.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_DIR): KnowledgeBase {
  const cached = cache.get(dir);
  if (cached) return cached;
  const conditions: ConditionEntry[] = [];
  const byId = new Map<string, ConditionEntry>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`knowledge base: no condition files in ${dir}`);
  for (const file of files) {
    const raw = parseJson(join(dir, file), file);
    if (!Array.isArray(raw)) throw new Error(`knowledge base: ${file} must contain a JSON array of conditions`);
    raw.forEach((item: unknown, index) => {
      const parsed = conditionSchema.safeParse(item);
      const label = entryLabel(item, index);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
        throw new Error(`knowledge base: ${file} entry ${label} is invalid: ${issues}`);
      }
      if (byId.has(parsed.data.id)) throw new Error(`knowledge base: ${file} entry ${label} duplicates id "${parsed.data.id}"`);
      byId.set(parsed.data.id, parsed.data);
      conditions.push(parsed.data);
    });
  }
  const systems = [...new Set(conditions.map((c) => c.system))];
  const kb: KnowledgeBase = { version: KNOWLEDGE_BASE_VERSION, conditions, byId, systems };
  cache.set(dir, kb);
  return kb;
}

function parseJson(path: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`knowledge base: ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function entryLabel(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `#${index} "${id}"` : `#${index}`;
}
