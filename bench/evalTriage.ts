/**
 * `npm run -s eval:triage -- [file.jsonl ...] [--half dev|heldout] [--rendering clinical|patient] [--json]`:
 * runs vignette files through a real gateway (started in-process on a free port with the built-in
 * agents and the local engine). Chat-message files report alert recall, false alarms on self-care
 * cases, triage accuracy, per-level accuracy and the confusion matrix. External clinical vignettes
 * (detected by their fields) are split by line (even: development, odd: held out) and each half is
 * scored in two renderings: diagnosis in the top 1 and top 5, triage against the urgency the reference
 * diagnosis implies, emergencies caught, over-triage and contradictions. Without a file it runs the
 * public set and the held-out set, reported separately.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDiagnosisMatcher } from '../plugins/medical/eval/createDiagnosisMatcher.ts';
import { HALVES, type Half } from '../plugins/medical/eval/getHalf.ts';
import { DIAGNOSIS_URGENCY_FILE, loadDiagnosisUrgency } from '../plugins/medical/eval/loadDiagnosisUrgency.ts';
import { loadVignetteFile } from '../plugins/medical/eval/loadVignetteFile.ts';
import { RENDERINGS, type Rendering } from '../plugins/medical/eval/renderVignette.ts';
import { findUnmappedDiagnoses } from '../plugins/medical/eval/scoreExternalVignettes.ts';
import { loadKnowledgeBase } from '../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { evaluateExternalVignettes } from './eval/evaluateExternalVignettes.ts';
import { evaluateVignettes } from './eval/evaluateVignettes.ts';
import { formatExternalScore, toExternalReport } from './eval/formatExternalScore.ts';
import { formatScore } from './eval/formatScore.ts';
import { startEvalGateway } from './eval/startEvalGateway.ts';
import { PUBLIC_VIGNETTES } from '../test/vignettes/publicVignettes.ts';

const DEFAULT_FILES = [
  PUBLIC_VIGNETTES,
  fileURLToPath(new URL('../test/vignettes/heldout.jsonl', import.meta.url)),
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    half: { type: 'string' },
    rendering: { type: 'string' },
  },
});
const halves = pick<Half>('--half', values.half, HALVES);
const renderings = pick<Rendering>('--rendering', values.rendering, RENDERINGS);
const files = positionals.length > 0 ? positionals : DEFAULT_FILES.filter((f) => existsSync(f));
if (files.length === 0) fail('no vignette file given and none found at the default paths');

// Every file is read and checked before the gateway starts, so a bad line or a missing mapping fails at once.
const loaded = files.map((file) => {
  try {
    return loadVignetteFile(file);
  } catch (error) {
    return fail((error as Error).message);
  }
});
const urgency = loadDiagnosisUrgency();
for (const file of loaded) {
  if (file.format !== 'external') continue;
  const missing = findUnmappedDiagnoses(file.cases, urgency);
  if (missing.length === 0) continue;
  // Held-out names are not printed: the count says enough to know the mapping needs a look.
  const devNames = [...new Set(missing.filter((c) => c.half === 'dev').map((c) => c.diagnosis))];
  const heldoutCount = new Set(missing.filter((c) => c.half === 'heldout').map((c) => c.diagnosis)).size;
  fail(
    `${file.path}: ${missing.length} cases have a diagnosis missing from ${DIAGNOSIS_URGENCY_FILE}` +
      `${devNames.length ? `; development half: ${devNames.join('; ')}` : ''}${heldoutCount ? `; held-out half: ${heldoutCount} names` : ''}`,
  );
}
const matcher = createDiagnosisMatcher(loadKnowledgeBase().conditions);

const gateway = await startEvalGateway();
const { client } = gateway;
const report: Record<string, unknown> = {};
const progress = (label: string) => (done: number, total: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${done}/${total}`);
};
const clearProgress = () => process.stderr.isTTY && process.stderr.write('\r\x1b[2K');
try {
  for (const file of loaded) {
    const label = file.path.replace(/^.*\//, '');
    if (file.format === 'chat') {
      const { score, contradictions } = await evaluateVignettes({ client, cases: file.cases, onProgress: progress(label) });
      clearProgress();
      report[label] = { ...score, contradictions: Object.fromEntries(contradictions) };
      if (!values.json) console.log(`${formatScore(label, score, contradictions)}\n`);
      continue;
    }
    const byHalf: Record<string, Record<string, unknown>> = {};
    for (const half of halves) {
      const cases = file.cases.filter((c) => c.half === half);
      byHalf[half] = {};
      for (const rendering of renderings) {
        const { score } = await evaluateExternalVignettes({
          client,
          cases,
          rendering,
          matcher,
          urgency,
          onProgress: progress(`${label} ${half} ${rendering}`),
        });
        clearProgress();
        byHalf[half][rendering] = toExternalReport(score, half);
        if (!values.json) console.log(`${formatExternalScore(label, half, rendering, score)}\n`);
      }
    }
    report[label] = byHalf;
  }
  if (values.json) console.log(JSON.stringify(files.length === 1 ? Object.values(report)[0] : report, null, 2));
} finally {
  await gateway[Symbol.asyncDispose]();
}

function pick<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): readonly T[] {
  if (value === undefined) return allowed;
  const chosen = allowed.find((a) => a === value);
  if (chosen === undefined) return fail(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return [chosen];
}

function fail(message: string): never {
  console.error(`eval:triage: ${message}`);
  process.exit(2);
}
