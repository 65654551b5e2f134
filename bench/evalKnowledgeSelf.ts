/**
 * `npm run -s eval:kb [-- --wording lay|clinical] [--findings main|later] [--show]`: each knowledge-base
 * condition told by its own three main findings (hallmarks first, then by weight) in one message, through the gateway the evals
 * use: in a person's words (each finding's first synonym: "I have X, Y and Z.") or a clinician's (the
 * findings' terms: "A 35-year-old woman presents with X, Y and Z."). It reports whether the condition
 * ranks first and in the top 5, and, by the condition's usual triage, how many turns get that level and
 * how many alert. A self-care condition whose own findings raise an alert points at a rule that reads a
 * finding without its local cause (session 26 found two this way). The wording is the knowledge base's,
 * so the ranking figures measure the engine's consistency with its data, not how it generalises: those
 * are the external set's (`eval:triage`). `--findings later` tells each condition by its third to fifth
 * findings instead, mostly without its hallmark: the less typical picture (session 27: 41 of the 78
 * emergency conditions alerted so, 65 after the picture rule and the lay-sign rules). `--show` lists
 * every turn whose level differs. `--sweep` tells each condition many more ways instead: windows of two or
 * three of its findings (from the first, second, third or fourth) in their second to fourth lay synonyms,
 * and reports per usual triage how many of those turns alert (session 30: the self-care and emergency
 * wordings it found are in test/medical/*FromKnowledge.test.ts); with `--show`, the turns whose alert
 * differs from the usual triage.
 */
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../plugins/medical/knowledge/loadKnowledgeBase.ts';
import type { ConditionEntry } from '../plugins/medical/knowledge/conditionSchema.ts';
import { runTurn } from './eval/runTurn.ts';
import { startEvalGateway } from './eval/startEvalGateway.ts';

const { values } = parseArgs({
  options: {
    wording: { type: 'string', default: 'lay' },
    findings: { type: 'string', default: 'main' },
    show: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
  },
});
const clinical = values.wording === 'clinical';
if (!clinical && values.wording !== 'lay') throw new Error('--wording is lay or clinical');
const later = values.findings === 'later';
if (!later && values.findings !== 'main') throw new Error('--findings is main or later');

/** The condition's findings, hallmarks first, then by weight. */
function byImportance(c: ConditionEntry): ConditionEntry['symptoms'][number][] {
  return [...c.symptoms].sort((a, b) => Number(b.key ?? false) - Number(a.key ?? false) || b.weight - a.weight);
}

/** The condition's hallmarks first, then its heaviest findings: what a description of it would name. */
function mainFindings(c: ConditionEntry): string[] {
  const ordered = byImportance(c);
  return ordered.slice(later ? 2 : 0, later ? 5 : 3).map((s) => (clinical ? s.term : (s.synonyms[0] ?? s.term)));
}

/** Someone the condition can affect: a child for a children's condition, its sex where it has one. */
function person(c: ConditionEntry, i: number): string {
  const { maxAgeYears, minAgeYears, sex } = c.appliesTo ?? {};
  const age = maxAgeYears !== undefined && maxAgeYears < 16 ? Math.max(1, Math.floor(maxAgeYears / 2)) : (minAgeYears ?? 25) + 10;
  const female = sex === undefined ? i % 2 === 0 : sex === 'female';
  return `${age}-year-old ${age < 16 ? (female ? 'girl' : 'boy') : female ? 'woman' : 'man'}`;
}

function message(c: ConditionEntry, i: number): string {
  const findings = mainFindings(c);
  const list = `${findings.slice(0, -1).join(', ')} and ${findings.at(-1) ?? ''}`;
  return clinical ? `A ${person(c, i)} presents with ${list}.` : `I have ${list}.`;
}

const { conditions } = loadKnowledgeBase();
await using gateway = await startEvalGateway();
if (values.sweep) await sweep();
else await tellEachOnce();

/** Each condition once, by its main or later findings: ranking, level and alert. */
async function tellEachOnce(): Promise<void> {
  let top1 = 0;
  let top5 = 0;
  const byTriage = new Map<string, { cases: number; sameLevel: number; alerted: number }>();
  const differing: string[] = [];
  for (const [i, c] of conditions.entries()) {
    const text = message(c, i);
    const o = await runTurn(gateway.client, { message: text, profile: undefined }, { label: c.id });
    const rank = o.ranked.indexOf(c.id);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 5) top5++;
    const row = byTriage.get(c.typicalTriage) ?? { cases: 0, sameLevel: 0, alerted: 0 };
    row.cases++;
    if (o.level === c.typicalTriage) row.sameLevel++;
    else differing.push(`${c.typicalTriage.padEnd(13)} → ${o.level.padEnd(13)}${o.alerted ? ' ALERT' : '      '} ${c.id}: ${text}`);
    if (o.alerted) row.alerted++;
    byTriage.set(c.typicalTriage, row);
}
console.log(`${conditions.length} conditions, each told by its own ${later ? 'third to fifth' : 'three main'} findings (${clinical ? 'clinical terms' : 'lay synonyms'})`);
console.log(`  ranked first ${top1}, in the top 5 ${top5}`);
for (const [level, r] of byTriage) console.log(`  usual triage ${level.padEnd(13)} ${r.cases} conditions: ${r.sameLevel} given that level, ${r.alerted} alerted`);
if (values.show) for (const line of differing) console.log(line);
}

/** The findings by weight, hallmarks first; windows of them in other synonyms; alerts by usual triage. */
async function sweep(): Promise<void> {
  const WINDOWS = [[0, 3], [1, 4], [2, 5], [0, 2], [3, 6]] as const;
  const byTriage = new Map<string, { turns: number; alerted: number }>();
  const differing: string[] = [];
  for (const c of conditions) {
    const ordered = byImportance(c);
    for (const [from, to] of WINDOWS) {
      for (const synonym of [1, 2, 3]) {
        const findings = ordered.slice(from, to).map((s) => s.synonyms[synonym] ?? s.synonyms[0] ?? s.term);
        if (findings.length < 2) continue;
        const text = `${findings.slice(0, -1).join(', ')} and ${findings.at(-1) ?? ''}`;
        const o = await runTurn(gateway.client, { message: text, profile: undefined }, { label: c.id });
        const row = byTriage.get(c.typicalTriage) ?? { turns: 0, alerted: 0 };
        row.turns++;
        if (o.alerted) row.alerted++;
        byTriage.set(c.typicalTriage, row);
        if (o.alerted !== (c.typicalTriage === 'emergency')) differing.push(`${c.typicalTriage.padEnd(13)} ${o.alerted ? 'ALERT' : '-----'} ${c.id}: ${text}`);
      }
    }
  }
  console.log('Each condition told by windows of its findings in their second to fourth lay synonyms');
  for (const [level, r] of byTriage) console.log(`  usual triage ${level.padEnd(13)} ${r.turns} turns, ${r.alerted} alerted`);
  if (values.show) for (const line of differing) console.log(line);
}
