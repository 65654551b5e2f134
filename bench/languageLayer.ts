/**
 * Measures the language layer: wink-nlp's load time, the time per 60-word message of wink alone and of
 * the whole analysis, and what wink and the analysis make of phrases that test negation and lemmas.
 * Run: npx tsx bench/languageLayer.ts
 */
import { performance } from 'node:perf_hooks';

const MESSAGE =
  "I'm 58 and for the last hour I've had a crushing pain in the middle of my chest that spreads into my left arm " +
  "and jaw. I feel sweaty and sick, no fever, and I haven't been able to catch my breath properly. My wife says I " +
  'look grey and I take aspirin and metformin every day for my sugar.';

const PHRASES = [
  'no fever, cough or rash',
  'denies chest pain but has arm pain',
  "haven't been sick",
  "haven't pooed or passed wind for 3 days",
  "can't pee",
  "can't feel my legs",
  'no fever but chest pain',
  'he vomited twice and keeps vomiting',
  'patient denies dyspnea, reports diaphoresis and nausea; no syncope.',
];

// A command-line measurement: it writes to the terminal.
function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function percentile(samples: number[], p: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) * p)] ?? 0).toFixed(3);
}

function time(run: (i: number) => void, n = 2000): number[] {
  for (let i = 0; i < 200; i += 1) run(-i - 1);
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    run(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

const loadStarted = performance.now();
const wink = await import('../plugins/medical/language/readEnglishWords.ts');
print(`words in the message: ${MESSAGE.split(/\s+/).length}`);
print(`wink-nlp + model load: ${(performance.now() - loadStarted).toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
const { analyzeMessage } = await import('../plugins/medical/language/analyzeMessage.ts');
const winkTimes = time((i) => wink.readEnglishWords(`${MESSAGE.toLowerCase()} ${i}`));
print(`wink words per message: p50 ${percentile(winkTimes, 0.5)} ms, p90 ${percentile(winkTimes, 0.9)} ms`);
const allTimes = time((i) => analyzeMessage(`${MESSAGE} ${i}`));
print(`whole analysis per message: p50 ${percentile(allTimes, 0.5)} ms, p90 ${percentile(allTimes, 0.9)} ms`);

for (const phrase of PHRASES) {
  const a = analyzeMessage(phrase);
  const words = (a.tokens ?? []).map((t) => `${t.text}${t.negated ? '¬' : ''}/${t.lemma}`).join(' ');
  const clauses = a.clauses.map((c) => `[${c.text.trim()}]${c.negated ? ' negated' : ''}${c.absence ? ' absence' : ''}`).join(' ');
  print(`${phrase}\n    words: ${words}\n    clauses: ${clauses}`);
}
