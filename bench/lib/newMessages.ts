/**
 * Messages the gateway has not seen before, one per call, for the latency figures. The engine keeps
 * its analysis of recently read texts, so a bench that sends one text again and again measures that
 * memory, not what a person's new message costs: every text here is new to the process (up to
 * 10 × 12 × 10 of each kind, cycling after that). Routine ones ask for every agent's work without an
 * alert; emergency ones must raise the emergency frame (runLatency checks it).
 */
const OPENERS = [
  '',
  'Hi, ',
  'Hello doctor, ',
  'Quick question: ',
  'Not sure if this is serious but ',
  'Good evening, ',
  'Sorry to bother you, ',
  'Hey, ',
  'I need some advice, ',
  'Can you help? ',
];

const ROUTINE = [
  'I have had a sore throat and a mild fever',
  'my nose is blocked and I keep sneezing',
  'I have a dry cough and feel a bit tired',
  'I have had a mild headache after a long day at work',
  'my ankle is a little swollen after I twisted it playing football',
  'I have had heartburn after meals',
  'I have an itchy rash on my arm',
  'my lower back aches when I bend over',
  'I have had loose stools and tummy cramps',
  'my ear hurts and feels blocked',
  'I have a cold sore on my lip',
  'my eyes are red and itchy',
];

const EMERGENCY = [
  'I have crushing chest pain spreading to my left arm and I am sweating',
  "my husband's face is drooping on one side and his speech is slurred",
  "I can't breathe properly and my lips are turning blue",
  'my throat is swelling and I am wheezing after eating peanuts',
  'my dad collapsed and is not responding',
  'I am vomiting blood',
  'my baby has a fever and a rash that does not fade under a glass',
  'I have the worst headache of my life, it came on suddenly',
  'my friend took a whole packet of paracetamol an hour ago',
  'my wife is having a seizure that will not stop',
  'I was stung by a wasp and now my face is swollen and I feel faint',
  'my son swallowed a button battery',
];

const WHEN = [
  '',
  ' since this morning',
  ' for two days',
  ' since last night',
  ' for about an hour',
  ' since lunchtime',
  ' for three days',
  ' since yesterday',
  ' for a few hours',
  ' since I woke up',
];

function compose(complaints: readonly string[], i: number): string {
  const opener = OPENERS[i % OPENERS.length] as string;
  const complaint = complaints[Math.floor(i / OPENERS.length) % complaints.length] as string;
  const when = WHEN[Math.floor(i / (OPENERS.length * complaints.length)) % WHEN.length] as string;
  const text = `${opener}${complaint}${when}.`;
  return opener === '' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

let routine = 0;
let emergency = 0;

/** A routine complaint not sent before by this process (every agent has work to do, no alert). */
export function nextRoutineMessage(): string {
  return compose(ROUTINE, routine++);
}

/** A red-flag message not sent before by this process: the emergency frame comes before any token. */
export function nextEmergencyMessage(): string {
  return compose(EMERGENCY, emergency++);
}
