/**
 * How a message is read before any medical rule looks at it: split into clauses, each marked with
 * whether its findings are current and asserted. Offsets index `normalized`, which is the original text
 * folded character for character, with apostrophes restored in English contractions (see normalizeText),
 * or, for a Spanish or French message, its English gloss (see `writtenIn`).
 */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "no chest pain", "denies shortness of breath", "not short of breath" */
  readonly negated: boolean;
  /** "my chest pain last year is gone", "I had a stroke in 2019" */
  readonly historical: boolean;
  /** "what are the symptoms of a stroke?", "what if I get chest pain" */
  readonly hypothetical: boolean;
  /** Whose finding it is: the writer, or someone they describe ("my father's face is drooping"). */
  readonly subject: 'self' | 'third_party';
  /**
   * The clause reports a body function that stopped, in negative words ("haven't pooed or passed wind",
   * "no wet nappies", "didn't feel the baby move"): a finding the writer asserts, so `negated` is false
   * and its text, negation included, reaches the rules that match such findings.
   */
  readonly absence?: boolean;
  /** The clause is what someone else says about the writer ("my wife says I look grey"): `subject` is self. */
  readonly reported?: boolean;
  /**
   * The clause sits under a background heading ("Past history: hypertension", "Family history: ...",
   * "Social history: ..."): known conditions and risk factors, true but not the problem of the day.
   */
  readonly background?: boolean;
  /**
   * The clause sits under a family-history heading ("Family history: ...", "FHx:", "In my family: ..."):
   * what relatives had. It may support a diagnosis as a risk factor, but it is never the person's finding.
   */
  readonly family?: boolean;
  /**
   * The clause is about an animal ("my dog ate a dishwasher tablet", language/animalSubject.ts): the
   * person is not the patient there, so it is never a finding, as a relative's history is not.
   */
  readonly animal?: boolean;
  /**
   * The clause names a past or known condition: under a past-history heading ("PMH: heart attack"), or
   * in the scope of a history cue ("history of stroke", "s/p appendectomy", "previous DVT", "known
   * asthmatic", "had a heart attack 5 years ago"). Such a clause is also `historical`: never a current
   * finding for urgency; the diagnostic ranking reads it as a risk factor (support, never a hallmark),
   * and urgency reads it as context (diabetes, blood thinners).
   */
  readonly pastHistory?: boolean;
  /**
   * The clause tells what happens in sleep ("gasps in his sleep", "snores and stops breathing", "while
   * asleep"), itself or as one list with a clause that does: an episode someone observed, a pattern,
   * not what is happening now. A contrast, a new sentence or a time of today ends it (sleepScope.ts).
   */
  readonly sleep?: boolean;
  /**
   * The clause tells an episode dated weeks or months back ("I had chest pain last week, it went
   * away", "fainted once a month ago"). Also `historical`: never a finding now for urgency. The
   * diagnostic ranking reads it as part of the story, though never as what makes a condition likely.
   */
  readonly pastEpisode?: boolean;
  /**
   * The clause denies an earlier time ("he's never had a fit before") and a later clause answers it
   * with "one" ("and just had one", language/firstEpisode.ts): a first episode, happening now. Not
   * `negated`, and its negation words do not deny the finding it names.
   */
  readonly firstEpisode?: boolean;
  /**
   * The clause is denied only as an item of a list a denial opened before it ("she doesn't have a
   * fever, drowsiness or spots that don't fade"): a negation inside it belongs to the denied item's
   * own words, so it tells no finding either.
   */
  readonly listItemDenied?: boolean;
}

/**
 * One word of the message. English words come from wink-nlp (tokens, lemmas, parts of speech); Spanish
 * and French words from the engine's own tokenizer, whose stem stands in for the lemma.
 */
export interface WordToken {
  /** Offsets in `normalized`. */
  readonly start: number;
  readonly end: number;
  /** The word as it stands in `normalized` (lower case). */
  readonly text: string;
  /** Dictionary form: "vomited" and "vomiting" give "vomit", "legs" gives "leg", "n't" gives "not". */
  readonly lemma: string;
  /** Universal part-of-speech tag for English ("NOUN", "VERB", "ADJ", ...); "X" when not tagged. */
  readonly pos: string;
  /** Inside the scope of a negation that denies it ("no fever, cough or rash": fever, cough, rash). */
  readonly negated: boolean;
}

export interface MessageAnalysis {
  readonly original: string;
  readonly normalized: string;
  /**
   * The language `normalized` is in, which the clauses were read in: English for a Spanish or French
   * message read through its gloss (see `writtenIn`).
   */
  readonly language: 'en' | 'es' | 'fr';
  /**
   * Set when the message is Spanish or French: `normalized` and the clauses are then its English gloss
   * (language/glossToEnglish.ts), and `native` the reading in the language itself, whose vital signs
   * and age the clinical facts read too (a gloss may lose a number's unit). Its concepts are not added:
   * on a development set that raised self-care alarms (the language's own reader knows little of
   * history and worry) and caught no emergency the gloss missed.
   */
  readonly writtenIn?: 'es' | 'fr';
  readonly native?: MessageAnalysis;
  readonly clauses: readonly Clause[];
  /** The message's words in order, with lemmas and negation. */
  readonly tokens?: readonly WordToken[];
}
