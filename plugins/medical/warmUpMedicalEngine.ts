import type { HistoryMessage, PatientProfile } from '../sdk/index.ts';
import { composeAnswer } from './composeAnswer.ts';
import { getKnowledgeIndex } from './knowledge/createKnowledgeIndex.ts';

/** Fixed practice texts (nobody's health data): a chat message, a clinical note, Spanish and French. */
const PRACTICE: readonly { message: string; history: readonly HistoryMessage[]; profile: PatientProfile | undefined }[] = [
  {
    message: "I've had a headache and chest pain since yesterday, a fever of 38.5, a cough and some tummy pain. I took ibuprofen but it didn't help.",
    history: [{ role: 'user', content: 'My throat was sore last week.' }],
    profile: { age: 70, sex: 'female', chronicConditions: ['type 2 diabetes'], currentMedications: [{ name: 'warfarin' }], allergies: { drug: ['penicillin'] } },
  },
  {
    message: 'A 64-year-old man presents with altered mental status and no rash. BP 85/50, HR 120, RR 28, INR 9, glucose 2.5 mmol/L.',
    history: [],
    profile: undefined,
  },
  // The red flags people write most, so their patterns are compiled too: the prefilter runs a pattern
  // only on text that holds its words, and the texts above hold few of them.
  {
    message: "My husband's face is drooping, his speech is slurred and his arm is weak. He can't breathe, his lips are blue, his throat is swelling and he is wheezing after peanuts.",
    history: [],
    profile: undefined,
  },
  {
    message: "She took an overdose and says she wants to kill herself. She is confused and vomiting blood, the bleeding won't stop, and the baby has a stiff neck and a rash that doesn't fade.",
    history: [],
    profile: undefined,
  },
  { message: 'Tengo dolor de pecho y me falta el aire desde esta mañana.', history: [], profile: undefined },
  { message: "J'ai mal à la tête et de la fièvre depuis deux jours.", history: [], profile: undefined },
];

let warm = false;

/**
 * Builds what the engine otherwise builds in the first person's turn after a start (the knowledge
 * index, the concept lookups and their compiled patterns, the language model's tables), by running
 * the whole engine once on a few practice texts: without it the first message after a start waited
 * over a second for its emergency frame (`npm run -s bench:first`). Runs once per process; the
 * built-in agents call it from `setup`, so a gateway is ready only once it is warm. Returns whether
 * this call did the work.
 *
 * It never throws: the engine then builds lazily, as without a warm-up, and an error it meets again
 * is reported in that turn, attributed to the plugin. A throw here would make the host refuse the
 * agent, and the gateway would run without its safety check.
 */
export function warmUpMedicalEngine(): boolean {
  if (warm) return false;
  warm = true;
  try {
    // Twice, the second time with a word more: V8 runs a pattern in its interpreter first and compiles
    // it on its next run, and the engine remembers what it read of a text, so the same text would not
    // run the patterns again.
    for (const ending of ['', ' Thanks.']) {
      for (const { message: text, history, profile } of PRACTICE) {
        const message = text + ending;
        composeAnswer({ message, history, profile, results: {}, emergency: undefined, safety: { emergencyNumber: '112', crisisLine: '116 123' } });
        getKnowledgeIndex().search(message, 4);
      }
    }
  } catch {
    // See above: the lazy path stays.
  }
  return true;
}
