/**
 * Output guard: checks the model's text as it streams and corrects it before it is sent.
 *
 * Exact behaviour:
 * - Holding: text is held until a sentence ends (`.`, `!` or `?` followed by whitespace, or a newline;
 *   the whitespace travels with the sentence). Each finished sentence is checked and released as one
 *   delta, so clean text passes through unchanged, only regrouped by sentence. An unfinished sentence
 *   longer than `maxHoldChars` is released up to its last whitespace before its final 80 characters
 *   (checked like a sentence), so the buffer stays bounded; a phrase cut at exactly that point can slip.
 * - `reassurance_contradicts_triage` (stated level emergency or non_emergency): a sentence that
 *   reassures against it ("nothing to worry about", "no need to see a doctor", "you don't need to
 *   call…", "you'll be fine"; for an emergency also "not an emergency", "you can wait", "see a doctor in
 *   a few days", "goes away on its own") is replaced by the correction sentence for the level the first
 *   time, and dropped on later occurrences (one correction is enough). Leading/trailing whitespace kept.
 * - `dose_not_in_knowledge_base`: a sentence stating a dose (number + unit such as "800 mg",
 *   "2 tablets", "10 ml", ranges "200-400 mg", or "take 2 every 4 hours"), or a dosing frequency next to
 *   one ("every 4 hours", "3 times a day"), that does not occur in the knowledge-base text of the
 *   grounding (context passages, treatment lines) or in the profile's own medication doses is replaced
 *   by "For the dose, follow the label or ask a pharmacist." Checked only when reassurance did not fire.
 * - `disclaimer_appended`: at `finish`, if no not-a-diagnosis disclaimer was released, "\n\n" + the
 *   disclaimer is emitted as a final delta before the finish.
 * - Every correction emits an `audit` chunk right before the corrected delta (the engine stores it in the
 *   turn's audit trail; it holds model text only, never user text).
 * - A cancelled turn (`signal` aborted at finish) or an upstream error: held text is dropped and nothing
 *   is appended; the finish or error passes through.
 */
import { Observable, type OperatorFunction } from 'rxjs';
import type { GuardedChunk, Grounding, LlmChunk } from '../../sdk/answerStage.ts';
import type { TriageLevel } from '../../sdk/index.ts';
import { DISCLAIMER, readAgentResults, statedTriageLevel } from './buildPrompt.ts';

export type { GuardedChunk } from '../../sdk/answerStage.ts';

export interface OutputGuardOptions {
  readonly grounding: Grounding;
  /** The turn's signal: once aborted, held text is dropped and nothing is appended. */
  readonly signal?: AbortSignal;
  readonly disclaimer?: string;
  /** Longest unfinished sentence held back (characters). */
  readonly maxHoldChars?: number;
}

export const DOSE_CORRECTION = 'For the dose, follow the label or ask a pharmacist.';
const NON_EMERGENCY_CORRECTION = 'Please arrange to see a doctor about this within the next few days, sooner if it gets worse.';

const REASSURANCE_ANY = [
  /\bnothing (?:to worry about|serious|to be (?:concerned|worried) about)\b/,
  /\bno (?:need|reason) (?:to|for) (?:worry|be (?:concerned|worried)|panic|alarm|concern)/,
  /\b(?:no need|not necessary|unnecessary) (?:to|for) (?:see|visit|call|contact|go|seek|a doctor|medical|the (?:doctor|gp|er|emergency|hospital)|an? (?:doctor|ambulance|appointment))/,
  /\b(?:don't|do not|won't|will not|shouldn't|should not) (?:need|have) to (?:see|visit|call|contact|go|worry|seek|dial)/,
  /\b(?:don't|do not|won't|will not) need (?:a|an|any) (?:doctor|ambulance|medical|emergency|appointment)/,
  /\b(?:it's|this is|that's|it is|sounds|seems|looks) (?:probably |likely |most likely |almost certainly )?(?:harmless|benign|not serious)\b/,
  /\byou(?:'ll| will) be (?:fine|ok|okay|alright|all right)\b/,
];
const REASSURANCE_EMERGENCY = [
  /\bnot (?:an? )?(?:emergency|urgent)\b/,
  /\b(?:can|could|may) (?:safely )?(?:wait|sleep (?:it off|on it)|(?:manage|treat|handle) (?:it|this) at home)\b/,
  /\b(?:see|visit|call|contact) (?:your|a) (?:doctor|gp) (?:in|within|over) (?:the next )?(?:a few|few|\d+|several|a couple of) (?:days|weeks)/,
  /\b(?:go(?:es)? away|resolves?|settles?|clears? up) (?:on (?:its|their) own|by itself)\b/,
];

const NUM = String.raw`\d+(?:[.,]\d+)*|one|two|three|four|five|six|half`;
const UNIT = String.raw`mg|milligrams?|mcg|micrograms?|µg|μg|g|grams?|ml|mls|millilit(?:er|re)s?|iu|units?|tablets?|tabs?|pills?|capsules?|caps|drops?|puffs?|sprays?|teaspoons?|tsp|tablespoons?|tbsp|sachets?`;
const DOSE = new RegExp(String.raw`\b(${NUM})(?:\s*(?:-|–|to)\s*(${NUM}))?\s*(${UNIT})\b(?!\s+of\s+(?:water|fluids?|liquids?))`, 'gi');
const BARE_DOSE = new RegExp(String.raw`\b(?:take|use|give)\s+(?:up to\s+)?(${NUM})\s+(?=every\b|times\b|a day\b|daily\b|twice\b)`, 'gi');
const FREQUENCY = /\b(?:every (\d+)(?:\s*(?:-|–|to)\s*(\d+))? ?(?:hours?|hrs?|h)\b|(once|twice|\d+|one|two|three|four) times? (?:a|per) day\b)/gi;
const WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', half: '0.5', once: '1', twice: '2' };
const UNITS: [RegExp, string][] = [
  [/^(?:mg|milligrams?)$/, 'mg'], [/^(?:mcg|micrograms?|µg|μg)$/, 'mcg'], [/^(?:g|grams?)$/, 'g'],
  [/^(?:ml|mls|millilit(?:er|re)s?)$/, 'ml'], [/^(?:tsp|teaspoons?)$/, 'tsp'], [/^(?:tbsp|tablespoons?)$/, 'tbsp'],
  [/^(?:tablets?|tabs?|pills?|capsules?|caps)$/, 'tablet'],
];
const num = (n: string) => WORDS[n.toLowerCase()] ?? n.replace(/,/g, '');
const unit = (u: string) => UNITS.find(([re]) => re.test(u.toLowerCase()))?.[1] ?? u.toLowerCase().replace(/s$/, '');

/** Normalised dose and frequency keys ("800 mg", "2 tablet", "2 ?", "every 4 h", "3/day") in a text. */
function dosingKeys(text: string): { doses: string[]; frequencies: string[] } {
  const doses: string[] = [];
  for (const m of text.matchAll(DOSE)) {
    for (const n of [m[1], m[2]]) if (n) doses.push(`${num(n)} ${unit(m[3] ?? '')}`);
  }
  for (const m of text.matchAll(BARE_DOSE)) if (m[1]) doses.push(`${num(m[1])} ?`);
  const frequencies: string[] = [];
  for (const m of text.matchAll(FREQUENCY)) {
    if (m[1]) frequencies.push(...[m[1], m[2]].filter((h) => h !== undefined).map((h) => `every ${h} h`));
    if (m[3]) frequencies.push(`${num(m[3])}/day`);
  }
  return { doses, frequencies };
}

function knowledgeBaseText(grounding: Grounding): string {
  const r = readAgentResults(grounding);
  const t = r.treatment;
  return [
    ...(r.context?.passages.map((p) => p.text) ?? []),
    ...(t ? [...t.selfCare, ...t.seeDoctorIf, ...t.callEmergencyIf, ...t.medicationCautions.map((c) => `${c.medication} ${c.reason}`)] : []),
    ...(grounding.profile?.currentMedications?.map((m) => m.dose ?? '') ?? []),
  ].join('\n');
}

const DISCLAIMER_SEEN = /not (?:a |an )?(?:medical )?diagnosis|(?:not|no) (?:a )?substitute for (?:professional )?medical advice|does not replace (?:an? )?(?:examination|consultation|doctor|medical)/i;
const BOUNDARY = /[.!?]+["')\]]*\s+|\n+/g;
const lower = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

export function createOutputGuard(options: OutputGuardOptions): OperatorFunction<LlmChunk, GuardedChunk> {
  const level: TriageLevel | undefined = statedTriageLevel(options.grounding);
  const disclaimer = options.disclaimer ?? DISCLAIMER;
  const maxHold = Math.max(160, options.maxHoldChars ?? 400);
  const kb = dosingKeys(knowledgeBaseText(options.grounding));
  const results = readAgentResults(options.grounding);
  const emergencyAdvice =
    options.grounding.emergency?.advice ??
    (results.emergency?.fired ? results.emergency.advice : undefined) ??
    `Call ${options.grounding.safety.emergencyNumber} or go to the nearest emergency department now.`;
  const reassurance = level === 'emergency' ? [...REASSURANCE_ANY, ...REASSURANCE_EMERGENCY] : level === 'non_emergency' ? REASSURANCE_ANY : [];

  return (source) =>
    new Observable<GuardedChunk>((subscriber) => {
      let held = '';
      let tail = '';
      let disclaimerSeen = false;
      let corrected = false;

      /** Checks one sentence and emits it (or its correction). */
      const release = (sentence: string) => {
        const lead = /^\s*/.exec(sentence)?.[0] ?? '';
        const trail = /\s*$/.exec(sentence.slice(lead.length))?.[0] ?? '';
        const text = lower(sentence);
        const hit = reassurance.map((re) => re.exec(text)?.[0]).find((m) => m !== undefined);
        let out = sentence;
        if (hit !== undefined) {
          subscriber.next({ type: 'audit', rule: 'reassurance_contradicts_triage', detail: `triage ${level}: replaced "${hit}"` });
          out = corrected ? lead : `${lead}${level === 'emergency' ? `This may be an emergency. ${emergencyAdvice}` : NON_EMERGENCY_CORRECTION}${trail}`;
          corrected = true;
        } else {
          const found = dosingKeys(sentence);
          const unknown = found.doses.filter((d) => (d.endsWith(' ?') ? !kb.doses.some((k) => k.startsWith(d.slice(0, -1))) : !kb.doses.includes(d)));
          if (found.doses.length > 0) unknown.push(...found.frequencies.filter((f) => !kb.frequencies.includes(f)));
          if (unknown.length > 0) {
            subscriber.next({ type: 'audit', rule: 'dose_not_in_knowledge_base', detail: `replaced a sentence dosing ${unknown.join(', ')}` });
            out = `${lead}${DOSE_CORRECTION}${trail}`;
          }
        }
        // The tail catches a disclaimer that arrives split over two released pieces.
        disclaimerSeen ||= DISCLAIMER_SEEN.test(tail + out) || (tail + out).includes(disclaimer);
        tail = (tail + out).slice(-disclaimer.length - 80);
        if (out) subscriber.next({ type: 'delta', text: out });
      };

      const drain = () => {
        let cut = 0;
        for (const m of held.matchAll(BOUNDARY)) cut = m.index + m[0].length;
        if (cut === 0 && held.length > maxHold) {
          const limit = held.length - 80;
          const space = held.lastIndexOf(' ', limit);
          cut = space > 0 ? space + 1 : limit;
        }
        if (cut === 0) return;
        const ready = held.slice(0, cut);
        held = held.slice(cut);
        let start = 0;
        for (const m of ready.matchAll(BOUNDARY)) {
          const end = m.index + m[0].length;
          if (end > start) release(ready.slice(start, end));
          start = end;
        }
        if (start < ready.length) release(ready.slice(start));
      };

      const subscription = source.subscribe({
        next: (chunk) => {
          if (chunk.type === 'delta') {
            held += chunk.text;
            drain();
            return;
          }
          if (!options.signal?.aborted) {
            if (held) release(held);
            if (!disclaimerSeen) {
              subscriber.next({ type: 'audit', rule: 'disclaimer_appended', detail: 'the answer lacked the not-a-diagnosis disclaimer' });
              subscriber.next({ type: 'delta', text: `\n\n${disclaimer}` });
            }
          }
          held = '';
          subscriber.next(chunk);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
      return () => subscription.unsubscribe();
    });
}
