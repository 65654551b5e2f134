/**
 * The knowledge-base conditions a red-flag rule's alert is about (alertConditions.json): the stroke
 * rule's alert is about a stroke. The answer names them first among the possibilities, so an alert
 * for stroke signs never comes with a list that starts at a broken bone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const alertConditionsSchema = z
  .object({
    about: z.string().min(10),
    rules: z.record(z.string().regex(/^[a-z0-9_]+$/), z.array(z.string().regex(/^[a-z0-9_]+$/)).min(1).max(2)),
  })
  .strict();

let table: ReadonlyMap<string, readonly string[]> | undefined;

function tableOf(): ReadonlyMap<string, readonly string[]> {
  if (table) return table;
  const path = fileURLToPath(new URL('./alertConditions.json', import.meta.url));
  table = new Map(Object.entries(alertConditionsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).rules));
  return table;
}

/** The condition ids the fired rules' alerts are about, in rule order, each once. */
export function getAlertConditions(ruleIds: readonly string[]): string[] {
  const conditions = tableOf();
  // Knowledge-base alerts carry their condition in the id ("kb_likely:stroke", "kb_named:anaphylaxis").
  return [...new Set(ruleIds.flatMap((id) => (id.startsWith('kb_') ? [id.slice(id.indexOf(':') + 1)] : (conditions.get(id) ?? []))))];
}

/** Every rule id the table names, for the test that keeps it in step with the rules. */
export function getMappedRuleIds(): string[] {
  return [...tableOf().keys()];
}
