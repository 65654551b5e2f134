/**
 * Negative words that report a finding rather than deny one: a body function that stopped ("haven't
 * pooed or passed wind", "no wet nappies", "hasn't had a wee", "didn't feel the baby move", "can't feel
 * my feet"). Lexicons of lemmas (and of the engine's stems, for words the lemmatizer leaves alone, like
 * "pooed"); the words checked are those right after the negation, so "I don't feel dizzy" and "haven't
 * passed out" stay denials.
 */
import { stem } from '../knowledge/tokenize.ts';

/** Verbs that are themselves the function: not doing them is the finding. */
const FUNCTION_VERBS = set('poo poop pee peed wee weed urinate void defecate fart eat drink feed swallow piddle kick kicked');
/** "Not herself", "not himself": a change in a person, told with a negation, is a finding ("not herself, sleepy and confused"). */
const SELF = set('herself himself myself themselves yourself themself');
/** "pass" counts with what is passed: "not passed urine", never "haven't passed out". */
const PASSED = set('wind urine water stool stools motion gas flatus poo pee wee bowel anything');
/** "have"/"get"/"open" count with these: "hasn't had a wet nappy", "not opened my bowels". */
const HAD = set('wee pee poo poop bowel bowels nappy nappies diaper diapers movement period periods menses menstruation bm');
/** "feel"/"move" count with a body part or the baby: "can't feel my legs", not "don't feel dizzy". */
const BODY = set(
  'leg legs arm arms foot feet hand hands toe toes finger fingers face side body lip lips tongue bladder bottom bum ' +
    'genitals groin baby kick kicks movement movements neck head anything',
);
/** A limb's place before "pulse" or "feeling": "no foot pulses", "no leg sensation" report the absence too. */
const LIMB_SITE = set('foot feet pedal pedis dorsalis posterior tibial leg legs arm arms wrist radial femoral popliteal ankle toe toes finger fingers hand hands');
/** After "no": "no wet nappies", "no movements", "no feeling in my arm", "no appetite". */
const ABSENT_NOUNS = set(
  'urine pee wee poo stool stools nappy nappies diaper diapers wind gas movement movements motion motions kick kicks pulse heartbeat ' +
    'feeling sensation appetite energy strength period output tears spleen',
);
/**
 * Nouns that make the absent noun before them a modifier: "no urine infection", "no period pain", "not
 * had urine leakage" deny a finding; the function itself is not what is missing.
 */
const COMPOUND_HEADS = set('infection infections leak leaks leakage leaking pain pains cramp cramps problem problems test tests sample smell colour color change changes incontinence retention sickness sensor sensors');
/** Words between the negation and the function that change nothing: "haven't even had a wee". */
const FILLER = set('be been able to have had has do did does even really yet ever properly once still at all any a an the my his her their your our wet dirty proper single');

export interface Word {
  readonly text: string;
  readonly lemma: string;
}

/** Whether the words after a negation (the negation itself left out) report an absent function. */
export function reportsAbsence(afterNegation: readonly Word[], negation: string): boolean {
  const words = afterNegation.filter((w) => !FILLER.has(w.text)).slice(0, 4);
  const first = words[0];
  if (!first) return false;
  if (words[1] && COMPOUND_HEADS.has(words[1].text)) return false;
  const next = words.slice(1, 3);
  const is = (w: Word, lexicon: ReadonlySet<string>) => lexicon.has(w.text) || lexicon.has(w.lemma) || lexicon.has(stem(w.text));
  // "No feeling in my arm" reports numbness; "no feeling very unwell", "no feeling of sickness" deny.
  if (first.text === 'feeling' || first.text === 'sensation') return words[1] !== undefined && (PLACE.has(words[1].text) || is(words[1], BODY));
  // "No bowel movement", "no bowel opening": the bowel names where the output is missing.
  if (negation === 'no' || negation === 'without') {
    // "No pedal or popliteal pulses": a list of sites before the pulse.
    const sites = afterNegation.filter((w) => !FILLER.has(w.text)).slice(0, 8);
    const signAt = sites.findIndex((w, i) => i > 0 && LIMB_SIGN.has(w.text));
    const limbSign = LIMB_SITE.has(first.text) && signAt > 0 && sites.slice(1, signAt).every((w) => LIMB_SITE.has(w.text) || w.text === 'or' || w.text === 'and');
    return is(first, ABSENT_NOUNS) || limbSign || (first.text === 'bowel' && next.some((w) => is(w, ABSENT_NOUNS) || w.text === 'opening'));
  }
  if (negation === 'not' && SELF.has(first.text)) return true;
  // Eating and drinking stop as functions ("hasn't eaten since Monday", "not drinking anything"), not
  // one food denied ("haven't eaten beetroot", "didn't drink alcohol").
  if (is(first, INTAKE_VERBS)) return words[1] === undefined || INTAKE_ANY.has(words[1].text);
  if (is(first, FUNCTION_VERBS)) return true;
  if (is(first, PASS)) return next.some((w) => is(w, PASSED));
  if (is(first, HAVE)) return next.some((w) => is(w, HAD) || is(w, ABSENT_NOUNS));
  if (is(first, SENSE)) return next.some((w) => is(w, BODY));
  return is(first, ABSENT_NOUNS);
}

const PASS = set('pass');
const INTAKE_VERBS = set('eat drink feed');
/** What follows an intake verb when the intake itself has stopped. */
const INTAKE_ANY = set('anything much properly since for all today tonight this a food fluids fluid liquids solids well enough nor or and in normally at');
const LIMB_SIGN = set('pulse pulses feeling sensation');
const PLACE = set('in on at below down from anywhere around');
const HAVE = set('have get got open resume start');
const SENSE = set('feel move');

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/**
 * Spanish and French keep their own path (wink's model is English only): the clause opens with a
 * negation followed by a body function that stopped ("no ha hecho pis", "sin pañales mojados",
 * "n'a pas uriné", "pas de selles ni de gaz").
 */
const ROMANCE_ABSENCE: Readonly<Record<'es' | 'fr', RegExp>> = {
  es: new RegExp(
    String.raw`^\s*(?:no (?:he|ha|hemos|han|tengo|tiene|hay)(?: (?:tenido|hecho|mojado|sentido|notado))?|sin|ni|nada de)\s+(?:(?:un|una|ningún|ninguna|el|la|los|las|mi|su|al)\s+)?` +
      String.raw`(?:pañal\w*|pis|pipí|caca|deposici\w*|heces|gases|orina\w*|movimientos?|moverse|apetito|fuerzas|sensibilidad|bebé (?:moverse|patear))`,
  ),
  fr: new RegExp(
    String.raw`^\s*(?:n'(?:ai|a|avons|ont) pas|ne (?:sens|sent) pas|pas de|pas d'|sans|aucune?)\s*(?:encore |du tout |plus )?` +
      String.raw`(?:urin\w*|fait (?:pipi|caca|de selles)|eu (?:de |d')?(?:selles|gaz|couches? mouillées?)|émis de gaz|senti (?:le|mon|ma|mes) (?:bébé|jambes?|pieds?|bras)|couches? mouillées?|selles|gaz|pipi|appétit|force|(?:mes|mon|ma|le|la|les) (?:jambes?|pieds?|bras|bébé))`,
  ),
};

export function reportsAbsenceInText(clauseText: string, language: 'es' | 'fr'): boolean {
  return ROMANCE_ABSENCE[language].test(clauseText);
}
