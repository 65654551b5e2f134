/**
 * How a message is read before any medical rule looks at it: split into clauses, each marked with
 * whether its findings are current and asserted. Offsets index `normalized`, which has the same length
 * as the original text (see normalizeText).
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
}

export interface MessageAnalysis {
  readonly original: string;
  readonly normalized: string;
  /** Detected language of the message (at least en, es, fr). */
  readonly language: 'en' | 'es' | 'fr';
  readonly clauses: readonly Clause[];
}
