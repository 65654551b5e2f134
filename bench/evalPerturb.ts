/**
 * `npm run -s eval:perturb -- <vignettes.jsonl> [--rendering clinical|patient] [--show] [--json]`:
 * how often the emergency alert survives meaning-preserving rewrites of the development half's
 * emergency vignettes (sentence order, no age or sex, lower case, contractions, written for a partner or by the patient,
 * typos, British or American spelling, no punctuation; see plugins/medical/eval/perturbMessage.ts).
 * Only cases whose reference diagnosis implies `emergency` and whose unperturbed rendering alerts are
 * perturbed, so a failure is the perturbation's doing. The other side is measured too: the `self_care`
 * references that do not alert unperturbed, and how many alert once perturbed. Development half only: the held-out half is
 * never perturbed, since the failures it lists would point at its cases. A chat-message file (the
 * public set) is read the same way: its `emergency_alert` messages and its `self_care` ones. Do not
 * run it on a held-out chat set: it names failing cases. `--show` prints the perturbed message of
 * each failure.
 */
import { parseArgs } from 'node:util';
import { loadDiagnosisUrgency } from '../plugins/medical/eval/loadDiagnosisUrgency.ts';
import { loadVignetteFile } from '../plugins/medical/eval/loadVignetteFile.ts';
import { PERTURBATIONS, perturbTurn, type Perturbation } from '../plugins/medical/eval/perturbMessage.ts';
import { RENDERINGS, renderVignette, type RenderedTurn } from '../plugins/medical/eval/renderVignette.ts';
import { runTurn } from './eval/runTurn.ts';
import { startEvalGateway } from './eval/startEvalGateway.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rendering: { type: 'string' },
    show: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const [path] = positionals;
if (path === undefined || positionals.length > 1) fail('give one external vignette file');
const renderings = values.rendering === undefined ? RENDERINGS : RENDERINGS.filter((r) => r === values.rendering);
if (renderings.length === 0) fail(`--rendering must be one of ${RENDERINGS.join(', ')}`);

interface Case {
  readonly id: string;
  readonly turn: RenderedTurn;
}

const file = loadVignetteFile(path);
const urgency = loadDiagnosisUrgency();
/** Per rendering (one, "chat", for a chat file): the emergencies to perturb and the self-care cases. */
const sets: Record<string, { emergencies: Case[]; selfCare: Case[]; label: string }> = {};
if (file.format === 'external') {
  const devCases = (level: string) => file.cases.filter((c) => c.half === 'dev' && urgency.get(c.diagnosis)?.expected === level);
  for (const rendering of renderings) {
    const render = (cases: ReturnType<typeof devCases>) => cases.map((c) => ({ id: c.id, turn: renderVignette(c, rendering) }));
    sets[rendering] = { emergencies: render(devCases('emergency')), selfCare: render(devCases('self_care')), label: `development (even lines), ${rendering}` };
  }
} else {
  const turn = (c: (typeof file.cases)[number]): Case => ({ id: c.id, turn: { message: c.message, profile: c.profile } });
  sets.chat = {
    emergencies: file.cases.filter((c) => c.emergencyAlert).map(turn),
    selfCare: file.cases.filter((c) => c.expected === 'self_care').map(turn),
    label: path.replace(/^.*\//, ''),
  };
}

interface Tally {
  survived: number;
  perturbed: number;
  failures: { id: string; message: string }[];
}

const gateway = await startEvalGateway();
const report: Record<string, Awaited<ReturnType<typeof measure>>> = {};
try {
  for (const [name, set] of Object.entries(sets)) report[name] = await measure(set.emergencies, set.selfCare, set.label);
} finally {
  await gateway[Symbol.asyncDispose]();
}
if (values.json) console.log(JSON.stringify(report, null, 2));
else for (const r of Object.values(report)) print(r);

async function measure(emergencies: readonly Case[], selfCare: readonly Case[], label: string) {
  const byPerturbation = Object.fromEntries(PERTURBATIONS.map((p) => [p, { survived: 0, perturbed: 0, failures: [] } as Tally])) as Record<Perturbation, Tally>;
  let alertedBase = 0;
  for (const { id, turn } of emergencies) {
    if (!(await runTurn(gateway.client, turn, { label: id })).alerted) continue;
    alertedBase += 1;
    for (const kind of PERTURBATIONS) {
      const perturbed = perturbTurn(turn, kind, id);
      if (perturbed === undefined) continue;
      const tally = byPerturbation[kind];
      tally.perturbed += 1;
      if ((await runTurn(gateway.client, perturbed, { label: `${id} ${kind}` })).alerted) tally.survived += 1;
      else tally.failures.push({ id, message: perturbed.message });
    }
  }
  const falseAlarms = { alerted: 0, perturbed: 0, cases: [] as { id: string; kind: Perturbation; message: string }[] };
  for (const { id, turn } of selfCare) {
    if ((await runTurn(gateway.client, turn, { label: id })).alerted) continue;
    for (const kind of PERTURBATIONS) {
      const perturbed = perturbTurn(turn, kind, id);
      if (perturbed === undefined) continue;
      falseAlarms.perturbed += 1;
      if (!(await runTurn(gateway.client, perturbed, { label: `${id} ${kind}` })).alerted) continue;
      falseAlarms.alerted += 1;
      falseAlarms.cases.push({ id, kind, message: perturbed.message });
    }
  }
  const all = Object.values(byPerturbation);
  return {
    label,
    baseline: `${alertedBase}/${emergencies.length} emergencies alert unperturbed`,
    byPerturbation,
    overall: { survived: all.reduce((n, t) => n + t.survived, 0), perturbed: all.reduce((n, t) => n + t.perturbed, 0) },
    falseAlarms,
  };
}

function print(r: Awaited<ReturnType<typeof measure>>): void {
  const pct = (n: number, d: number) => `${n}/${d} (${d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`})`;
  console.log(`perturbed emergencies [${r.label}]: ${r.baseline}`);
  for (const [kind, t] of Object.entries(r.byPerturbation)) {
    console.log(`  ${kind.padEnd(22)} ${pct(t.survived, t.perturbed)} alerts survive${t.failures.length ? `   lost: ${t.failures.map((f) => f.id).join(' ')}` : ''}`);
    if (values.show) for (const f of t.failures) console.log(`      ${f.id}: ${f.message}`);
  }
  console.log(`  ${'overall'.padEnd(22)} ${pct(r.overall.survived, r.overall.perturbed)}`);
  const f = r.falseAlarms;
  console.log(`  self_care false alarms ${f.alerted}/${f.perturbed} perturbed self_care messages alert${f.cases.length ? `: ${f.cases.map((c) => `${c.id} ${c.kind}`).join(', ')}` : ''}`);
  if (values.show) for (const c of f.cases) console.log(`      ${c.id} ${c.kind}: ${c.message}`);
  console.log('');
}

function fail(message: string): never {
  console.error(`eval:perturb: ${message}`);
  process.exit(2);
}
