/** What the docs say about one event, frame or request type: a sentence or two and real examples. */
export interface TypeDoc<Example = unknown> {
  readonly summary: string;
  /** Each example must parse with the type's schema (test/docs checks this). */
  readonly examples: readonly Example[];
}
